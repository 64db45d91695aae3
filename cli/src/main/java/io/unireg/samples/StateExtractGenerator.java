package io.unireg.samples;

import io.unireg.normalize.ua.Rnokpp;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state demographic register (ЄДДР) extract about the people of a residents truth, with its own
 * ground truth: for every golden record the sample job makes of the residents export, the
 * reconciliation status, key, method and differing fields a correct reconcile stage reports, and
 * every state record no resident reaches. The truth follows from what the generator did to each
 * person ({@link StateCase}) and from the residents truth's defect model ({@link LocalPeople}) —
 * never from running the job.
 */
public final class StateExtractGenerator {

    static final List<String> TRUTH_HEADER = List.of("person_id", "state_key", "status", "method", "differing_fields",
            "differences", "case");

    /** The fields the sample job's reconcile section compares, in schema order. */
    public static final List<String> COMPARED = List.of("surname", "given_name", "patronymic", "sex", "birth_date", "rnokpp",
            "document_type", "document_number", "registration_settlement", "registration_street", "registration_house",
            "registration_apartment", "katottg");

    /** State records of people the residents export lacks, as a share of the golden records. */
    private static final double NEW_PEOPLE = 0.05;
    /** People every row of whom the job rejects, whom the state knows. */
    private static final double REJECTED_IN_STATE = 0.8;
    private static final Pattern ADDRESS = Pattern.compile("м\\. Харків, (\\S+) (.+), буд\\. ([^,]+)(?:, кв\\. (.+))?");
    private static final Pattern LETTER_HOUSE = Pattern.compile("(\\d+)(\\p{IsCyrillic})");

    private final long seed;

    public StateExtractGenerator(long seed) {
        this.seed = seed;
    }

    /** Records written and truth rows per status. */
    public record Summary(int records, Map<String, Integer> statuses) {
    }

    private record TruthRow(String personId, String stateKey, StateCase stateCase, String method,
                            String differingFields, String differences) {
    }

    /** {@code eddr-extract.csv} → {@code eddr-extract.truth.csv}. */
    public static Path truthPathFor(Path extract) {
        return HousingGenerator.truthPathFor(extract);
    }

    public Summary write(Path residentsTruth, Path extract) throws IOException {
        ReferenceData data = ReferenceData.load();
        List<LocalPeople.Person> people = LocalPeople.read(residentsTruth, data);
        Plan plan = new Plan(data, LocalPeople.identifiers(people), new SplittableRandom(seed));
        int golden = 0;
        for (LocalPeople.Person p : people) {
            if (p.hasGoldenRecord()) {
                golden++;
                plan.person(p);
            } else if (plan.cases.nextDouble() < REJECTED_IN_STATE) {
                plan.rejected(p);
            }
        }
        int newPeople = (int) Math.round(golden * NEW_PEOPLE);
        List<TruthRow> stateOnly = new ArrayList<>();
        for (int i = 0; i < newPeople; i++) {
            StateRecord s = plan.fresh(null);
            plan.records.add(s);
            stateOnly.add(new TruthRow("", s.key(), StateCase.NEW_PERSON, "", "", ""));
        }
        stateOnly.sort(Comparator.comparing(TruthRow::stateKey));
        plan.truth.addAll(stateOnly);
        plan.records.sort(Comparator.comparing(StateRecord::key));

        Path parent = extract.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Map<String, Integer> statuses = new LinkedHashMap<>();
        try (BufferedWriter e = Files.newBufferedWriter(extract, StandardCharsets.UTF_8);
             BufferedWriter t = Files.newBufferedWriter(truthPathFor(extract), StandardCharsets.UTF_8)) {
            DelimitedWriter out = new DelimitedWriter(e, ',', "\r\n");
            out.row(StateRecord.HEADER.toArray(String[]::new));
            for (StateRecord s : plan.records) {
                out.row(s.row());
            }
            out.flush();
            DelimitedWriter truth = new DelimitedWriter(t, ',', "\n");
            truth.row(TRUTH_HEADER.toArray(String[]::new));
            for (TruthRow r : plan.truth) {
                truth.row(r.personId(), r.stateKey(), r.stateCase().status, r.method(), r.differingFields(),
                        r.differences(), r.stateCase().tag);
                statuses.merge(r.stateCase().status, 1, Integer::sum);
            }
            truth.flush();
        }
        return new Summary(plan.records.size(), statuses);
    }

    /** The records and truth rows being planned, and the randomness they draw from (in a fixed order). */
    private static final class Plan {
        final ReferenceData data;
        final Set<String> taken;
        final Set<String> keys = new HashSet<>();
        final SplittableRandom cases;
        final SplittableRandom values;
        final SplittableRandom freshPeople;
        final SplittableRandom keyDigits;
        final PersonFactory factory;
        final List<StateRecord> records = new ArrayList<>();
        final List<TruthRow> truth = new ArrayList<>();
        int serial;

        Plan(ReferenceData data, Set<String> taken, SplittableRandom rnd) {
            this.data = data;
            this.taken = new HashSet<>(taken);
            this.cases = rnd.split();
            this.values = rnd.split();
            this.freshPeople = rnd.split();
            this.keyDigits = rnd.split();
            this.factory = new PersonFactory(data);
        }

        void person(LocalPeople.Person p) {
            LocalPeople.Row g = p.golden();
            StateCase c = p.certain() ? draw(g) : StateCase.NOT_IN_STATE;
            StateRecord s = fromRow(g);
            switch (c) {
                case NOT_IN_STATE -> {
                    truth.add(new TruthRow(p.personId(), "", c, "", "", ""));
                    return;
                }
                case CONFLICT -> {
                    StateRecord q = fresh(g);
                    records.add(q);
                    add(p, g, q, c, "document_number");
                    return;
                }
                case STATE_DUPLICATE -> {
                    StateRecord older = with(s, key(), s.apartment(), s.streetType(), s.streetName(), s.house());
                    older = withDocument(older, "passport", booklet(), older.documentIssued().minusYears(12));
                    records.add(s);
                    records.add(older);
                    String both = s.key().compareTo(older.key()) < 0 ? s.key() + ";" + older.key() : older.key() + ";" + s.key();
                    truth.add(new TruthRow(p.personId(), both, c, "rnokpp", "", ""));
                    return;
                }
                case APARTMENT -> s = with(s, s.key(), otherApartment(s.apartment()), s.streetType(), s.streetName(), s.house());
                case MOVED -> {
                    Street street = otherStreet(s.streetName());
                    s = with(s, s.key(), s.apartment().isEmpty() ? "" : Integer.toString(1 + values.nextInt(300)),
                            street.type(), street.nameUk(), Integer.toString(1 + values.nextInt(150)));
                }
                case OLD_SURNAME -> s = withNames(s, otherSurname(g), s.patronymic());
                case PATRONYMIC -> s = withNames(s, s.surname(), otherPatronymic(g));
                case NEW_DOCUMENT -> s = withDocument(s, "id_card", idCard(), LocalDate.of(2020, 1, 1).plusDays(values.nextInt(2000)));
                case HOUSE_FORMAT -> {
                    Matcher m = LETTER_HOUSE.matcher(s.house());
                    s = with(s, s.key(), s.apartment(), s.streetType(), s.streetName(), m.replaceFirst("$1-$2"));
                }
                default -> { }
            }
            records.add(s);
            String method = !g.rnokpp().isEmpty() ? "rnokpp" : s.documentNumber().equals(g.documentNumber()) ? "document_number" : "link";
            add(p, g, s, c, method);
        }

        /** A person the job rejects entirely: the state holds their correct values. */
        void rejected(LocalPeople.Person p) {
            LocalPeople.Row r = p.rows().get(0);
            boolean male = r.sex().equals("M");
            LocalDate birth;
            String rnokpp = r.rnokpp();
            if (Rnokpp.isValid(rnokpp)) {
                birth = Rnokpp.birthDate(rnokpp);      // a typo'd birth date the RNOKPP contradicts
            } else {
                birth = LocalPeople.date(r.birthDate());
                if (birth == null) {                   // the impossible 31.02: the state has the month's last day
                    birth = LocalDate.parse(r.birthDate().substring(0, 8) + "01").withDayOfMonth(1).plusMonths(1).minusDays(1);
                }
                rnokpp = newRnokpp(birth, male);
            }
            StateRecord s = fromRow(r);
            s = new StateRecord(s.key(), s.unzr().isEmpty() ? "" : StateRecord.unzr(birth, 1 + values.nextInt(9999)), rnokpp,
                    s.surname(), s.givenName(), s.patronymic(), male, birth, s.birthPlace(), s.documentType(), s.documentNumber(),
                    s.documentIssued(), s.documentAuthority(), s.streetType(), s.streetName(), s.house(), s.apartment(), s.registeredOn());
            records.add(s);
            truth.add(new TruthRow(p.personId(), s.key(), StateCase.REJECTED_LOCALLY, "", "", ""));
        }

        private StateCase draw(LocalPeople.Row g) {
            double u = cases.nextDouble();
            StateCase c = u < 0.002 ? StateCase.CONFLICT
                    : u < 0.004 ? StateCase.STATE_DUPLICATE
                    : u < 0.124 ? StateCase.NOT_IN_STATE
                    : u < 0.174 ? StateCase.APARTMENT
                    : u < 0.204 ? StateCase.MOVED
                    : u < 0.244 ? StateCase.OLD_SURNAME
                    : u < 0.264 ? StateCase.PATRONYMIC
                    : u < 0.314 ? StateCase.NEW_DOCUMENT
                    : u < 0.414 ? StateCase.HOUSE_FORMAT
                    : StateCase.EQUAL;
            boolean eligible = switch (c) {
                case STATE_DUPLICATE -> !g.rnokpp().isEmpty();
                case APARTMENT -> address(g).group(4) != null;
                case HOUSE_FORMAT -> LETTER_HOUSE.matcher(address(g).group(3)).matches();
                default -> true;
            };
            return eligible ? c : StateCase.EQUAL;
        }

        private void add(LocalPeople.Person p, LocalPeople.Row g, StateRecord s, StateCase c, String method) {
            Map<String, String> local = localValues(g);
            Map<String, String> state = s.normalised();
            List<String> fields = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            for (String f : COMPARED) {
                // A value one side lacks is no difference: nothing to correct, only to fill in.
                if (!local.get(f).isEmpty() && !state.get(f).isEmpty() && !local.get(f).equals(state.get(f))) {
                    fields.add(f);
                    kinds.add(f + ":" + (formattingOnly(local.get(f), state.get(f)) ? "formatting" : "value"));
                }
            }
            if (c != StateCase.CONFLICT && fields.isEmpty() != (c == StateCase.EQUAL)) {
                throw new IllegalStateException("case " + c.tag + " of " + p.personId() + " changed " + fields);
            }
            truth.add(new TruthRow(p.personId(), s.key(), c, method, String.join(";", fields), String.join(";", kinds)));
        }

        /** What the job's golden record holds, by target field (the compared ones). */
        private static Map<String, String> localValues(LocalPeople.Row g) {
            Matcher a = address(g);
            Map<String, String> v = new LinkedHashMap<>();
            v.put("surname", g.surname());
            v.put("given_name", g.givenName());
            v.put("patronymic", g.patronymic());
            v.put("sex", g.sex());
            v.put("birth_date", g.birthDate());
            v.put("rnokpp", g.rnokpp());
            v.put("document_type", g.documentType().equals("passport") ? "passport_booklet" : g.documentType());
            v.put("document_number", g.documentNumber());
            v.put("registration_settlement", "Харків");
            v.put("registration_street", a.group(1) + " " + a.group(2));
            v.put("registration_house", a.group(3));
            v.put("registration_apartment", a.group(4) == null ? "" : a.group(4));
            v.put("katottg", StateRecord.KHARKIV_KATOTTG);
            return v;
        }

        /** Equal once case, spaces, punctuation and apostrophes are ignored. */
        static boolean formattingOnly(String a, String b) {
            return bare(a).equals(bare(b));
        }

        private static String bare(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        }

        private static Matcher address(LocalPeople.Row r) {
            Matcher m = ADDRESS.matcher(r.address());
            if (!m.matches()) {
                throw new IllegalArgumentException("address not in the canonical form: " + r.address());
            }
            return m;
        }

        private StateRecord fromRow(LocalPeople.Row r) {
            Matcher a = address(r);
            boolean male = r.sex().equals("M");
            LocalDate birth = LocalPeople.date(r.birthDate());
            if (birth == null) {
                birth = LocalDate.parse(r.birthDate().substring(0, 8) + "01");
            }
            LocalDate issued = issued(r.documentType(), birth);
            return new StateRecord(key(), r.documentType().equals("id_card") ? StateRecord.unzr(birth, 1 + values.nextInt(9999)) : "",
                    r.rnokpp(), r.surname(), r.givenName(), r.patronymic(), male, birth, birthPlace(), r.documentType(),
                    r.documentNumber(), issued, authority(), a.group(1), a.group(2), a.group(3), a.group(4) == null ? "" : a.group(4),
                    LocalDate.parse(r.registrationDate()));
        }

        /** Somebody the residents export does not list; {@code documentOf} set: carrying that person's document number. */
        StateRecord fresh(LocalPeople.Row documentOf) {
            Person q;
            do {
                q = factory.next(freshPeople, ++serial);
            } while (taken.contains(q.rnokpp()) || taken.contains(q.documentNumber())
                    || documentOf != null && (q.surnameUk().equals(documentOf.surname()) || q.given().uk().equals(documentOf.givenName())
                    || q.birthDate().toString().equals(documentOf.birthDate())));
            taken.add(q.rnokpp());
            String type = documentOf == null ? q.documentType().code : documentOf.documentType();
            String number = documentOf == null ? q.documentNumber() : documentOf.documentNumber();
            taken.add(number);
            return new StateRecord(key(), type.equals("id_card") ? StateRecord.unzr(q.birthDate(), 1 + values.nextInt(9999)) : "",
                    q.rnokpp(), q.surnameUk(), q.given().uk(), q.patronymicUk(), q.male(), q.birthDate(), birthPlace(), type, number,
                    issued(type, q.birthDate()), authority(), q.street().type(), q.street().nameUk(), q.house(), q.apartment(),
                    q.registrationDate());
        }

        private String key() {
            String k;
            do {
                k = Integer.toString(100_000_000 + keyDigits.nextInt(900_000_000));
            } while (!keys.add(k));
            return k;
        }

        private String newRnokpp(LocalDate birth, boolean male) {
            String r;
            do {
                r = Rnokpp.make(birth, values.nextInt(1000), male);
            } while (!taken.add(r));
            return r;
        }

        private String idCard() {
            String n;
            do {
                n = "00" + PersonFactory.digits(values, 7);
            } while (!taken.add(n));
            return n;
        }

        private String booklet() {
            String n;
            do {
                n = "М" + "КМНОРТВЕСХ".charAt(values.nextInt(10)) + PersonFactory.digits(values, 6);
            } while (!taken.add(n));
            return n;
        }

        private LocalDate issued(String documentType, LocalDate birth) {
            LocalDate issued;
            if (documentType.equals("id_card")) {
                LocalDate from = birth.plusYears(14).isAfter(LocalDate.of(2016, 1, 11)) ? birth.plusYears(14) : LocalDate.of(2016, 1, 11);
                issued = from.plusDays(values.nextInt(1500));
            } else {
                issued = birth.plusYears(16).plusDays(values.nextInt(3000));
            }
            return issued.isAfter(StateRecord.EXTRACT_DATE) ? StateRecord.EXTRACT_DATE : issued;
        }

        private String authority() {
            return "63" + PersonFactory.digits(values, 2);
        }

        private String birthPlace() {
            List<Settlement> all = data.settlements();
            Settlement s = values.nextDouble() < 0.6 ? null : all.get(values.nextInt(all.size()));
            if (s == null || s.nameUk().equals("Харків")) {
                return "м. Харків";
            }
            return s.category().equals("M") ? s.prefix() + " " + s.nameUk() + ", Харківська обл."
                    : s.prefix() + " " + s.nameUk() + ", " + s.raionUk() + " р-н, Харківська обл.";
        }

        private String otherApartment(String apartment) {
            String a;
            do {
                a = Integer.toString(1 + values.nextInt(300));
            } while (a.equals(apartment));
            return a;
        }

        private Street otherStreet(String name) {
            Street s;
            do {
                s = data.streets().get(values.nextInt(data.streets().size()));
            } while (s.nameUk().equals(name));
            return s;
        }

        private String otherSurname(LocalPeople.Row g) {
            boolean male = g.sex().equals("M");
            String s;
            do {
                s = data.surnames().get(values.nextInt(data.surnames().size())).uk(male);
            } while (s.equalsIgnoreCase(g.surname()));
            return s;
        }

        private String otherPatronymic(LocalPeople.Row g) {
            boolean male = g.sex().equals("M");
            List<GivenName> fathers = data.givenNames().stream().filter(GivenName::male).toList();
            String s;
            do {
                s = fathers.get(values.nextInt(Math.min(60, fathers.size()))).patronymicUk(male);
            } while (s.isEmpty() || s.equals(g.patronymic()));
            return s;
        }

        private static StateRecord with(StateRecord s, String key, String apartment, String streetType, String streetName, String house) {
            return new StateRecord(key, s.unzr(), s.rnokpp(), s.surname(), s.givenName(), s.patronymic(), s.male(), s.birthDate(),
                    s.birthPlace(), s.documentType(), s.documentNumber(), s.documentIssued(), s.documentAuthority(), streetType,
                    streetName, house, apartment, s.registeredOn());
        }

        private static StateRecord withNames(StateRecord s, String surname, String patronymic) {
            return new StateRecord(s.key(), s.unzr(), s.rnokpp(), surname, s.givenName(), patronymic, s.male(), s.birthDate(),
                    s.birthPlace(), s.documentType(), s.documentNumber(), s.documentIssued(), s.documentAuthority(), s.streetType(),
                    s.streetName(), s.house(), s.apartment(), s.registeredOn());
        }

        private StateRecord withDocument(StateRecord s, String type, String number, LocalDate issued) {
            String unzr = type.equals("id_card") && s.unzr().isEmpty() ? StateRecord.unzr(s.birthDate(), 1 + values.nextInt(9999)) : s.unzr();
            return new StateRecord(s.key(), unzr, s.rnokpp(), s.surname(), s.givenName(), s.patronymic(), s.male(), s.birthDate(),
                    s.birthPlace(), type, number, issued, s.documentAuthority(), s.streetType(), s.streetName(), s.house(),
                    s.apartment(), s.registeredOn());
        }
    }

    /** {@code StateExtractGenerator RESIDENTS.truth.csv OUT.csv [SEED]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: StateExtractGenerator RESIDENTS.truth.csv OUT.csv [SEED]");
            System.exit(2);
        }
        Summary s = new StateExtractGenerator(args.length > 2 ? Long.parseLong(args[2]) : 20261123L)
                .write(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("%s: %d state records; truth %s%n", args[1], s.records(), s.statuses());
    }
}
