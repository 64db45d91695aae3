package io.unireg.samples;

import io.unireg.normalize.ua.Rnokpp;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Benchmark data for reconciliation at scale, streamed in one pass with memory independent of the
 * row count: a clean city export ({@code local.csv}, one golden record per row for a job without
 * dedupe) and a state extract ({@code eddr-extract.csv}, the {@link StateRecord} columns the sample
 * uses) in which most residents reappear — equal, with another flat, or with a new ID card only link
 * mode finds (no RNOKPP) — among people only the state knows. RNOKPPs and document numbers are unique
 * by construction (per-birth-date serials, a permutation of the number space), so every identifier
 * match is one person, as in a real register. No truth file: the sample's truth is the correctness test.
 */
public final class ReconcileBenchGenerator {

    static final List<String> LOCAL_HEADER = List.of("id", "surname", "given_name", "patronymic", "sex", "birth_date",
            "rnokpp", "document", "street", "house", "apartment", "registered");

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1925, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2007, 12, 31).toEpochDay() - FIRST_BIRTH.toEpochDay());
    private static final long NUMBER_SPACE = 10_000_000L;
    private static final long SCRAMBLE = 7_919L;   // coprime with 10^7: n → n·7919 mod 10^7 is a permutation

    private final ReferenceData data;
    private final long seed;
    private final short[] serials = new short[2 * (BIRTH_DAYS + 1)];
    private long idCards;
    private long booklets;

    public ReconcileBenchGenerator(ReferenceData data, long seed) {
        this.data = data;
        this.seed = seed;
    }

    public record Summary(int localRows, int stateRows) {
    }

    /** Writes {@code dir/local.csv} ({@code localRows}) and {@code dir/eddr-extract.csv} ({@code stateRows} ≥ local). */
    public Summary write(Path dir, int localRows, int stateRows) throws IOException {
        if (stateRows < localRows) {
            throw new IllegalArgumentException("--rows (state records) must be at least --local-rows");
        }
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<GivenName> male = data.givenNames().stream().filter(GivenName::male).toList();
        List<GivenName> female = data.givenNames().stream().filter(g -> !g.male()).toList();
        int state = 0;
        // State-only people spread between the residents: after resident i, enough to stay on pace.
        double stateOnlyPerResident = (stateRows - 0.85 * localRows) / Math.max(1, localRows);
        double owed = 0;
        try (BufferedWriter l = writer(dir.resolve("local.csv")); BufferedWriter s = writer(dir.resolve("eddr-extract.csv"))) {
            DelimitedWriter local = new DelimitedWriter(l, ',', "\n");
            DelimitedWriter extract = new DelimitedWriter(s, ',', "\n");
            local.row(LOCAL_HEADER.toArray(String[]::new));
            extract.row(StateRecord.HEADER.toArray(String[]::new));
            for (int i = 0; i < localRows; i++) {
                StateRecord p = person(rnd, male, female, 100_000_000L + state);
                boolean noRnokpp = rnd.nextDouble() < 0.04;
                if (noRnokpp) {
                    p = withRnokpp(p, "");
                }
                local.row(Long.toString(1_000_000 + i), p.surname(), p.givenName(), p.patronymic(), p.male() ? "M" : "F",
                        p.birthDate().toString(), p.rnokpp(), p.documentNumber(), p.streetType() + " " + p.streetName(),
                        p.house(), p.apartment(), p.registeredOn().toString());
                double u = rnd.nextDouble();
                if (u < 0.85 && state < stateRows) {
                    if (u < 0.08 && !p.apartment().isEmpty()) {
                        p = withApartment(p, Integer.toString(1 + rnd.nextInt(300)));
                    } else if (u < 0.12) {
                        p = withDocument(p, idCard());
                    }
                    extract.row(p.row());
                    state++;
                }
                owed += stateOnlyPerResident;
                for (; owed >= 1 && state < stateRows; owed--) {
                    extract.row(person(rnd, male, female, 100_000_000L + state).row());
                    state++;
                }
            }
            while (state < stateRows) {
                extract.row(person(rnd, male, female, 100_000_000L + state).row());
                state++;
            }
            local.flush();
            extract.flush();
        }
        return new Summary(localRows, state);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private StateRecord person(SplittableRandom rnd, List<GivenName> maleNames, List<GivenName> femaleNames, long key) {
        boolean male = rnd.nextDouble() < 0.46;
        LocalDate birth = FIRST_BIRTH.plusDays(rnd.nextInt(BIRTH_DAYS + 1));
        GivenName given = pick(rnd, male ? maleNames : femaleNames);
        GivenName father = pick(rnd, maleNames);
        Surname surname = data.surnames().get(rnd.nextInt(data.surnames().size()));
        Street street = data.streets().get(rnd.nextInt(data.streets().size()));
        boolean card = birth.getYear() >= 2002 || rnd.nextDouble() < 0.3;
        String document = card ? idCard() : booklet();
        int slot = 2 * (int) (birth.toEpochDay() - FIRST_BIRTH.toEpochDay()) + (male ? 1 : 0);
        String rnokpp = Rnokpp.make(birth, serials[slot]++ % 1000, male);
        return new StateRecord(Long.toString(key), card ? StateRecord.unzr(birth, 1 + rnd.nextInt(9999)) : "", rnokpp,
                surname.uk(male), given.uk(), father.patronymicUk(male), male, birth, "м. Харків", card ? "id_card" : "passport",
                document, min(birth.plusYears(card ? 14 : 16).plusDays(rnd.nextInt(2000)), StateRecord.EXTRACT_DATE), "6310", street.type(), street.nameUk(),
                Integer.toString(1 + rnd.nextInt(150)), rnd.nextDouble() < 0.7 ? Integer.toString(1 + rnd.nextInt(300)) : "",
                LocalDate.of(1995, 1, 1).plusDays(rnd.nextInt(11_000)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static GivenName pick(SplittableRandom rnd, List<GivenName> names) {
        double u = rnd.nextDouble();
        return names.get((int) (u * u * names.size()));
    }

    private String idCard() {
        return String.format("00%07d", (idCards++ * SCRAMBLE + 12_345) % NUMBER_SPACE);
    }

    private String booklet() {
        long n = (booklets++ * SCRAMBLE + 54_321) % NUMBER_SPACE;
        return "М" + "КМНОРТВЕСХ".charAt((int) (n / 1_000_000)) + String.format("%06d", n % 1_000_000);
    }

    private static StateRecord withRnokpp(StateRecord s, String rnokpp) {
        return new StateRecord(s.key(), s.unzr(), rnokpp, s.surname(), s.givenName(), s.patronymic(), s.male(), s.birthDate(),
                s.birthPlace(), s.documentType(), s.documentNumber(), s.documentIssued(), s.documentAuthority(), s.streetType(),
                s.streetName(), s.house(), s.apartment(), s.registeredOn());
    }

    private static StateRecord withApartment(StateRecord s, String apartment) {
        return new StateRecord(s.key(), s.unzr(), s.rnokpp(), s.surname(), s.givenName(), s.patronymic(), s.male(), s.birthDate(),
                s.birthPlace(), s.documentType(), s.documentNumber(), s.documentIssued(), s.documentAuthority(), s.streetType(),
                s.streetName(), s.house(), apartment, s.registeredOn());
    }

    private static StateRecord withDocument(StateRecord s, String idCard) {
        return new StateRecord(s.key(), s.unzr(), s.rnokpp(), s.surname(), s.givenName(), s.patronymic(), s.male(), s.birthDate(),
                s.birthPlace(), "id_card", idCard, s.documentIssued(), s.documentAuthority(), s.streetType(),
                s.streetName(), s.house(), s.apartment(), s.registeredOn());
    }
}
