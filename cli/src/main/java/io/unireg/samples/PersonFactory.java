package io.unireg.samples;

import io.unireg.normalize.ua.Rnokpp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Draws plausible Kharkiv residents. All randomness comes from the caller's generator, so a seed fixes the output. */
final class PersonFactory {

    static final LocalDate LAST_REGISTRATION = LocalDate.of(2025, 12, 31);
    private static final LocalDate FIRST_REGISTRATION = LocalDate.of(1995, 1, 1);

    /** Birth decades 1920s … 2000s (2000–2007), weighted roughly like today's adult population. */
    private static final int[] DECADE_WEIGHTS = {1, 4, 8, 14, 15, 15, 15, 14, 14};
    /** Kharkiv-oblast booklet series: both letters have Latin look-alikes, as in real М-series passports. */
    private static final String[] SERIES = {"МК", "ММ", "МН", "МО", "МР", "МТ", "МВ", "МЕ", "МС", "МХ"};
    private static final String[] MOBILE_CODES = {"50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93"};

    private final List<GivenName> maleNames;
    private final List<GivenName> femaleNames;
    private final List<Surname> surnames;
    private final List<Street> streets;
    private final List<Settlement> settlements;
    private final Settlement kharkiv;
    /** RNOKPPs given out so far, as (birth day, sex, serial, sex digit): two people never share one. */
    private final Set<Long> issued = new HashSet<>();
    private static final int SERIALS_PER_DAY_AND_SEX = 5000;

    PersonFactory(ReferenceData data) {
        this.maleNames = data.givenNames().stream().filter(GivenName::male).toList();
        this.femaleNames = data.givenNames().stream().filter(g -> !g.male()).toList();
        this.surnames = data.surnames();
        this.streets = data.streets();
        this.settlements = data.settlements();
        this.kharkiv = settlements.stream().filter(s -> s.nameUk().equals("Харків")).findFirst()
                .orElseThrow(() -> new IllegalStateException("settlements lack Харків"));
    }

    Person next(SplittableRandom rnd, int serial) {
        boolean male = rnd.nextDouble() < 0.46;
        LocalDate birth = birthDate(rnd);
        GivenName given = pickName(rnd, male ? maleNames : femaleNames);
        GivenName father = pickName(rnd, maleNames);
        boolean idCard = birth.getYear() >= 2002 || rnd.nextDouble() < 0.2;
        String document = idCard
                ? "00" + digits(rnd, 7)
                : SERIES[rnd.nextInt(SERIES.length)] + digits(rnd, 6);
        long from = Math.max(birth.plusDays(1).toEpochDay(), FIRST_REGISTRATION.toEpochDay());
        LocalDate registered = LocalDate.ofEpochDay(rnd.nextLong(from, LAST_REGISTRATION.toEpochDay() + 1));
        String personId = CellFormats.pad(new StringBuilder(8).append('P'), serial, 7).toString();
        return new Person(personId, surnames.get(rnd.nextInt(surnames.size())),
                given, father, male, birth, birthPlace(rnd),
                rnokpp(birth, rnd.nextInt(1000), male),
                idCard ? Person.DocumentType.ID_CARD : Person.DocumentType.PASSPORT, document,
                streets.get(rnd.nextInt(streets.size())), house(rnd),
                rnd.nextDouble() < 0.7 ? Integer.toString(1 + rnd.nextInt(300)) : "",
                registered, phone(rnd));
    }

    /**
     * A valid RNOKPP no other person of this factory has. The draw is the one the samples were made with
     * ({@link Rnokpp#make(LocalDate, int, boolean)}: 1,000 serials per date and sex); only when that
     * number is taken does it probe the other 4,000 numbers of the date and sex, without touching the
     * random stream — so a run without collisions (the committed 3,000-row samples) is unchanged, and at
     * 1M rows different people no longer share a number (real RNOKPPs never do). When all 5,000 are taken
     * (more people of one sex born on one day than that) the drawn number is reused: {@link Person} promises
     * a valid number.
     */
    private String rnokpp(LocalDate birth, int drawn, boolean male) {
        long day = birth.toEpochDay() * 2 + (male ? 1 : 0);
        for (int i = 0; i < SERIALS_PER_DAY_AND_SEX; i++) {
            int t = (drawn + i) % SERIALS_PER_DAY_AND_SEX; // t < 1000: the drawn numbers themselves
            int serial = t % 1000;
            int sexIndex = (serial % 5 + t / 1000) % 5;
            if (issued.add(day * SERIALS_PER_DAY_AND_SEX + serial * 5L + sexIndex)) {
                return Rnokpp.make(birth, serial, sexIndex, male);
            }
        }
        return Rnokpp.make(birth, drawn, male);
    }

    private static LocalDate birthDate(SplittableRandom rnd) {
        int total = 0;
        for (int w : DECADE_WEIGHTS) {
            total += w;
        }
        int pick = rnd.nextInt(total);
        int decade = 0;
        while (pick >= DECADE_WEIGHTS[decade]) {
            pick -= DECADE_WEIGHTS[decade++];
        }
        LocalDate start = LocalDate.of(1920 + 10 * decade, 1, 1);
        LocalDate end = decade == DECADE_WEIGHTS.length - 1 ? LocalDate.of(2008, 1, 1) : start.plusYears(10);
        return LocalDate.ofEpochDay(rnd.nextLong(start.toEpochDay(), end.toEpochDay()));
    }

    /** Common names are common: a skewed pick favours the head of the table, which lists frequent names first. */
    private static GivenName pickName(SplittableRandom rnd, List<GivenName> names) {
        double u = rnd.nextDouble();
        return names.get((int) (u * u * names.size()));
    }

    private Settlement birthPlace(SplittableRandom rnd) {
        return rnd.nextDouble() < 0.6 ? kharkiv : settlements.get(rnd.nextInt(settlements.size()));
    }

    private static String house(SplittableRandom rnd) {
        String number = Integer.toString(1 + rnd.nextInt(150));
        double u = rnd.nextDouble();
        return u < 0.05 ? number + "А" : u < 0.08 ? number + "Б" : number;
    }

    private static String phone(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (u < 0.15) {
            return "";
        }
        if (u < 0.30) {
            return "+38057" + (rnd.nextBoolean() ? "7" : "3") + digits(rnd, 6);
        }
        return "+380" + MOBILE_CODES[rnd.nextInt(MOBILE_CODES.length)] + digits(rnd, 7);
    }

    static String digits(SplittableRandom rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }
}
