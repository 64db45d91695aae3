package io.unireg.samples;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic municipal residents export (Kharkiv) with planted defects, and a ground-truth file
 * that says, row by row, what the clean values are and which defects were planted.
 * Streaming: memory does not grow with the row count (only a fixed window of recent people is kept
 * to draw duplicates from). The same options always give the same bytes.
 */
public final class ResidentsGenerator {

    /** Duplicates re-use someone from the last this-many people, as a re-registration would. */
    private static final int DUPLICATE_WINDOW = 2000;
    /** So the first rows are not all copies of the first person. */
    private static final int MIN_PEOPLE_BEFORE_DUPLICATES = 20;

    private final ReferenceData data;
    private final GeneratorOptions options;

    public ResidentsGenerator(ReferenceData data, GeneratorOptions options) {
        this.data = data;
        this.options = options;
    }

    public record Summary(int rows, int persons, int duplicates, int rejects) {
    }

    /** {@code residents.csv} → {@code residents.truth.csv}, beside it. */
    public static Path truthPathFor(Path export) {
        String name = export.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return export.resolveSibling(stem + ".truth.csv");
    }

    /** Writes the export to {@code export} and the truth beside it; creates missing parent folders. */
    public Summary write(Path export) throws IOException {
        Path parent = export.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream e = new BufferedOutputStream(Files.newOutputStream(export), 1 << 16);
             OutputStream t = new BufferedOutputStream(Files.newOutputStream(truthPathFor(export)), 1 << 16)) {
            return write(e, t);
        }
    }

    /** Writes both files to the given streams (flushed, not closed). */
    public Summary write(OutputStream exportOut, OutputStream truthOut) throws IOException {
        return write(exportOut, truthOut, person -> { });
    }

    /** The same, telling {@code newPerson} about each person as they first appear (other samples reuse them). */
    public Summary write(OutputStream exportOut, OutputStream truthOut, java.util.function.Consumer<Person> newPerson)
            throws IOException {
        SplittableRandom rnd = new SplittableRandom(options.seed());
        KeySequence keys = new KeySequence(options.rows(), rnd.split());
        PersonFactory people = new PersonFactory(data);
        RowRenderer renderer = new RowRenderer(rnd.split(), options.rates());
        SplittableRandom pick = rnd.split();
        Person[] window = new Person[DUPLICATE_WINDOW];
        int persons = 0;
        int duplicates = 0;
        int rejects = 0;

        ExportEncoding encoding = options.encoding();
        Writer exportWriter = new BufferedWriter(encoding.writer(exportOut), 1 << 16);
        Writer truthWriter = new BufferedWriter(new OutputStreamWriter(truthOut, StandardCharsets.UTF_8), 1 << 16);
        DelimitedWriter export = new DelimitedWriter(exportWriter, ';', "\r\n");
        DelimitedWriter truth = new DelimitedWriter(truthWriter, ',', "\n");
        export.row(adapt(encoding, ResidentRow.EXPORT_HEADER.toArray(String[]::new)));
        truth.row(ResidentRow.TRUTH_HEADER.toArray(String[]::new));
        double duplicateRate = options.rates().of(Defect.DUPLICATE_PERSON);

        for (int i = 0; i < options.rows(); i++) {
            boolean duplicate = persons >= MIN_PEOPLE_BEFORE_DUPLICATES && pick.nextDouble() < duplicateRate;
            Person person;
            if (duplicate) {
                person = window[pick.nextInt(Math.min(persons, DUPLICATE_WINDOW))];
                duplicates++;
            } else {
                person = people.next(rnd, persons + 1);
                newPerson.accept(person);
                window[persons % DUPLICATE_WINDOW] = person;
                persons++;
            }
            ResidentRow row = renderer.render(person, keys.key(i), duplicate);
            if (row.blankLineBefore()) {
                export.blankLine();
            }
            export.row(adapt(encoding, row.export().toArray(String[]::new)));
            truth.row(row.truth().toArray(String[]::new));
            if (row.rejected()) {
                rejects++;
            }
        }
        export.flush();
        truth.flush();
        return new Summary(options.rows(), persons, duplicates, rejects);
    }

    private static String[] adapt(ExportEncoding encoding, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = encoding.adapt(cells[i]);
        }
        return cells;
    }

    /**
     * {@code ResidentsGenerator OUT.csv [ROWS [SEED [ENCODING]]]} — what {@code scripts/gen-samples} runs,
     * so the committed sample can be regenerated without the full command line.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 4) {
            System.err.println("usage: ResidentsGenerator OUT.csv [ROWS [SEED [ENCODING]]]");
            System.exit(2);
        }
        GeneratorOptions options = GeneratorOptions.defaults();
        if (args.length > 1) {
            options = options.withRows(Integer.parseInt(args[1]));
        }
        if (args.length > 2) {
            options = options.withSeed(Long.parseLong(args[2]));
        }
        if (args.length > 3) {
            options = options.withEncoding(ExportEncoding.parse(args[3]));
        }
        Path out = Path.of(args[0]);
        Summary s = new ResidentsGenerator(ReferenceData.load(), options).write(out);
        System.out.printf("%s: %d rows (%d people, %d duplicate rows, %d rows to reject); truth in %s%n",
                out, s.rows(), s.persons(), s.duplicates(), s.rejects(), truthPathFor(out));
    }
}
