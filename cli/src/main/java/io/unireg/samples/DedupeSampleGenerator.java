package io.unireg.samples;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the data a dedupe job is measured on: one population of Kharkiv residents spread over
 * several municipal exports (each with its own columns, encoding and delimiter), a share of rows
 * that repeat an earlier person — in the same export or another — with the sample's error mix plus
 * the slips a second clerk makes (surname typos, swapped day and month, a moved address, a missing
 * or corrupted tax number), {@code truth.csv} ({@code source,key,entity}), a detailed truth per
 * export, the renames table the job uses and a ready {@code job.yaml}. Streaming; one seed gives the
 * same bytes.
 */
public final class DedupeSampleGenerator {

    /** One export: which of the renderer's twelve cells it carries, under which headers. */
    record Layout(String id, String file, ExportEncoding encoding, char delimiter, double share,
                  List<String> header, int[] cells) {
    }

    /** Cells of {@link ResidentRow#export()}: 0 key, 1 surname, 2 given, 3 patronymic, 4 sex, 5 birth,
     *  6 birth place, 7 rnokpp, 8 document, 9 address, 10 registration date, 11 phone. */
    static final List<Layout> LAYOUTS = List.of(
            new Layout("residents", "residents.csv", ExportEncoding.WINDOWS_1251, ';', 0.5, ResidentRow.EXPORT_HEADER,
                    new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}),
            new Layout("benefits", "benefits.csv", ExportEncoding.UTF_8, ',', 0.3,
                    List.of("КОД_ОТРИМУВАЧА", "Прізвище", "Ім'я", "По батькові", "Стать", "Дата народження", "РНОКПП",
                            "Адреса реєстрації", "Дата призначення", "Телефон"),
                    new int[]{0, 1, 2, 3, 4, 5, 7, 9, 10, 11}),
            new Layout("housing", "housing.csv", ExportEncoding.CP866, '\t', 0.2,
                    List.of("ЛИЦЕВОЙ_СЧЕТ", "ФАМИЛИЯ", "ИМЯ", "ОТЧЕСТВО", "ПОЛ", "ДАТА_РОЖД", "ИНН", "ДОКУМЕНТ", "АДРЕС",
                            "ДАТА_ПРОПИСКИ"),
                    new int[]{0, 1, 2, 3, 4, 5, 7, 8, 9, 10}));

    public static final String TRUTH = "truth.csv";
    public static final String JOB = "job.yaml";
    public static final String RENAMES = "reference/kharkiv-street-renames.csv";
    public static final double DEFAULT_DUPLICATES = 0.15;
    /** Duplicates re-use someone from the last this-many people. */
    private static final int WINDOW = 5000;
    private static final int MIN_PEOPLE_BEFORE_DUPLICATES = 20;
    private static final double MOVED = 0.3;

    private final ReferenceData data;
    private final int rows;
    private final long seed;
    private final double duplicates;

    public DedupeSampleGenerator(ReferenceData data, int rows, long seed, double duplicates) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, got " + rows);
        }
        if (!(duplicates >= 0 && duplicates < 1)) {
            throw new IllegalArgumentException("--duplicates is a share of rows from 0 to below 1, got " + duplicates);
        }
        this.data = data;
        this.rows = rows;
        this.seed = seed;
        this.duplicates = duplicates;
    }

    /** The defect mix: the sample's, the duplicate rate given, and the second clerk's slips switched on. */
    static DefectRates rates(double duplicates) {
        return DefectRates.defaults()
                .with(Defect.DUPLICATE_PERSON, duplicates)
                .with(Defect.DUP_NAME_TYPO, 0.15)
                .with(Defect.DUP_DATE_SWAP, 0.1);
    }

    public record Summary(int rows, int persons, int duplicateRows, List<String> files) {
    }

    public Summary write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve(RENAMES).getParent());
        RenamesTable.write(data.streets(), dir.resolve(RENAMES));
        copyResource("dedupe-job.yaml", dir.resolve(JOB));
        List<String> files = new ArrayList<>();
        List<OutputStream> streams = new ArrayList<>();
        try {
            List<DelimitedWriter> exports = new ArrayList<>();
            List<DelimitedWriter> truths = new ArrayList<>();
            List<Writer> writers = new ArrayList<>();
            for (Layout l : LAYOUTS) {
                OutputStream e = new BufferedOutputStream(Files.newOutputStream(dir.resolve(l.file())), 1 << 16);
                OutputStream t = new BufferedOutputStream(Files.newOutputStream(ResidentsGenerator.truthPathFor(dir.resolve(l.file()))), 1 << 16);
                streams.add(e);
                streams.add(t);
                Writer ew = new BufferedWriter(l.encoding().writer(e), 1 << 16);
                Writer tw = new BufferedWriter(new OutputStreamWriter(t, StandardCharsets.UTF_8), 1 << 16);
                writers.add(ew);
                writers.add(tw);
                DelimitedWriter export = new DelimitedWriter(ew, l.delimiter(), "\r\n");
                export.row(adapt(l.encoding(), l.header().toArray(String[]::new)));
                exports.add(export);
                DelimitedWriter truth = new DelimitedWriter(tw, ',', "\n");
                truth.row(ResidentRow.TRUTH_HEADER.toArray(String[]::new));
                truths.add(truth);
                files.add(l.file());
            }
            OutputStream all = new BufferedOutputStream(Files.newOutputStream(dir.resolve(TRUTH)), 1 << 16);
            streams.add(all);
            Writer allWriter = new BufferedWriter(new OutputStreamWriter(all, StandardCharsets.UTF_8), 1 << 16);
            writers.add(allWriter);
            DelimitedWriter truth = new DelimitedWriter(allWriter, ',', "\n");
            truth.row("source", "key", "entity");
            Summary summary = generate(exports, truths, truth);
            for (Writer w : writers) {
                w.flush();
            }
            files.add(TRUTH);
            files.add(JOB);
            files.add(RENAMES);
            return new Summary(summary.rows(), summary.persons(), summary.duplicateRows(), files);
        } finally {
            for (OutputStream s : streams) {
                s.close();
            }
        }
    }

    private Summary generate(List<DelimitedWriter> exports, List<DelimitedWriter> truths, DelimitedWriter truth)
            throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<KeySequence> keys = new ArrayList<>();
        for (int s = 0; s < LAYOUTS.size(); s++) {
            keys.add(new KeySequence(rows, rnd.split()));
        }
        int[] counts = new int[LAYOUTS.size()];
        PersonFactory people = new PersonFactory(data);
        RowRenderer renderer = new RowRenderer(rnd.split(), rates(duplicates));
        SplittableRandom pick = rnd.split();
        Person[] window = new Person[WINDOW];
        int persons = 0;
        int duplicateRows = 0;
        for (int i = 0; i < rows; i++) {
            int s = source(pick.nextDouble());
            boolean duplicate = persons >= MIN_PEOPLE_BEFORE_DUPLICATES && pick.nextDouble() < duplicates;
            boolean moved = false;
            Person person;
            if (duplicate) {
                person = window[pick.nextInt(Math.min(persons, WINDOW))];
                duplicateRows++;
                if (pick.nextDouble() < MOVED) {
                    person = moved(person, pick);
                    moved = true;
                }
            } else {
                person = people.next(rnd, persons + 1);
                window[persons % WINDOW] = person;
                persons++;
            }
            Layout layout = LAYOUTS.get(s);
            ResidentRow row = renderer.render(person, keys.get(s).key(counts[s]++), duplicate, moved);
            List<String> cells = row.export();
            String[] out = new String[layout.cells().length];
            for (int c = 0; c < out.length; c++) {
                out[c] = layout.encoding().adapt(cells.get(layout.cells()[c]));
            }
            if (row.blankLineBefore()) {
                exports.get(s).blankLine();
            }
            exports.get(s).row(out);
            truths.get(s).row(row.truth().toArray(String[]::new));
            truth.row(layout.id(), cells.get(0), person.personId());
        }
        return new Summary(rows, persons, duplicateRows, List.of());
    }

    private static int source(double u) {
        double acc = 0;
        for (int s = 0; s < LAYOUTS.size(); s++) {
            acc += LAYOUTS.get(s).share();
            if (u < acc) {
                return s;
            }
        }
        return LAYOUTS.size() - 1;
    }

    /** The same person at another address: a new street, house and flat. */
    private Person moved(Person p, SplittableRandom rnd) {
        List<Street> streets = data.streets();
        Street street = streets.get(rnd.nextInt(streets.size()));
        String house = Integer.toString(1 + rnd.nextInt(150));
        String apartment = rnd.nextDouble() < 0.7 ? Integer.toString(1 + rnd.nextInt(300)) : "";
        return new Person(p.personId(), p.surname(), p.given(), p.father(), p.male(), p.birthDate(), p.birthPlace(),
                p.rnokpp(), p.documentType(), p.documentNumber(), street, house, apartment, p.registrationDate(), p.phone());
    }

    private static String[] adapt(ExportEncoding encoding, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = encoding.adapt(cells[i]);
        }
        return cells;
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = DedupeSampleGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            Files.write(to, in.readAllBytes());
        }
    }
}
