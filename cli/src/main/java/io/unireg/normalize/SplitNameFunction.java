package io.unireg.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** {@code split_name}: one part of a full name; see {@link NameSplitter} for how the order is read. */
final class SplitNameFunction implements FunctionLibrary {

    static final String NAME = "split_name";
    private static final List<String> PARTS = List.of("surname", "given", "patronymic");
    private static final List<String> ORDERS = List.of("auto", "surname_first", "given_first");

    @Override
    public List<FunctionSpec> functions() {
        return List.of(new FunctionSpec(NAME,
                "Takes the surname, given name or patronymic out of a full name: \"Surname Given Patronymic\", or \"Given Patronymic SURNAME\" "
                        + "when the last word is in capitals, initials first or the second word is a patronymic; initials \"О.М.\" split; "
                        + "words beyond three join the surname; a single word is the surname; an absent part → missing. "
                        + "order: auto (default), surname_first or given_first fixes the order.",
                "{split_name: given} or {split_name: {part: given, order: given_first}}",
                "\"КОВАЛЕНКО Олена Петрівна\" → \"Олена\"",
                SplitNameFunction::create));
    }

    private static Normaliser create(FunctionArgs raw) {
        ArgReader args = ArgReader.of(NAME, raw);
        String part;
        NameSplitter.Order order = NameSplitter.Order.AUTO;
        if (args.isObject()) {
            ArgReader.Options options = args.options(Set.of("part", "order"));
            part = options.text("part", "");
            order = NameSplitter.Order.valueOf(options.choice("order", ORDERS, "auto").toUpperCase(Locale.ROOT));
        } else {
            part = args.isEmpty() ? "" : args.text("one of " + String.join(", ", PARTS));
        }
        if (!PARTS.contains(part)) {
            throw args.error("expects one of " + String.join(", ", PARTS)
                    + (part.isEmpty() ? "" : ", found " + Spaces.quote(part)));
        }
        Function<NameSplitter.Parts, String> pick = switch (part) {
            case "surname" -> NameSplitter.Parts::surname;
            case "given" -> NameSplitter.Parts::given;
            default -> NameSplitter.Parts::patronymic;
        };
        NameSplitter.Order fixedOrder = order;
        return (value, row) -> value == null ? Outcome.missing() : Outcome.ok(pick.apply(NameSplitter.split(value, fixedOrder)));
    }
}
