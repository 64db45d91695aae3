package io.unireg.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The reference tables the generator draws from, read from the classpath once. */
public record ReferenceData(List<GivenName> givenNames, List<Surname> surnames,
                            List<Street> streets, List<Settlement> settlements) {

    public static final String GIVEN_NAMES = "/io/unireg/normalize/ua/given-names.csv";
    public static final String SURNAMES = "/io/unireg/samples/surnames.csv";
    public static final String STREETS = "/io/unireg/samples/kharkiv-streets.csv";
    public static final String SETTLEMENTS = "/io/unireg/samples/kharkiv-settlements.csv";

    public ReferenceData {
        givenNames = List.copyOf(givenNames);
        surnames = List.copyOf(surnames);
        streets = List.copyOf(streets);
        settlements = List.copyOf(settlements);
    }

    public static ReferenceData load() {
        return new ReferenceData(
                read(GIVEN_NAMES, r -> new GivenName("M".equals(r.get("sex")), r.get("uk"),
                        Arrays.asList(r.get("ru").split("\\|")),
                        r.get("patronymic_m_uk"), r.get("patronymic_f_uk"),
                        r.get("patronymic_m_ru"), r.get("patronymic_f_ru"), r.get("source"))),
                read(SURNAMES, r -> new Surname(r.get("uk_m"), r.get("uk_f"), r.get("ru_m"), r.get("ru_f"))),
                read(STREETS, r -> new Street(r.get("type"), r.get("name_uk"), r.get("name_ru"),
                        r.get("old_type"), r.get("old_name_uk"), r.get("old_name_ru"))),
                read(SETTLEMENTS, r -> new Settlement(r.get("category"), r.get("name_uk"),
                        r.get("raion_uk"), r.get("katottg"))));
    }

    /** Reads a UTF-8, comma-separated resource with a header row. */
    public static <T> List<T> read(String resource, Function<CSVRecord, T> row) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            List<T> out = new ArrayList<>();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.add(row.apply(r));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
