package io.unireg.samples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A social-protection department's web-service export ({@code social.json}, UTF-8): a header object,
 * then the recipients under {@code /data/recipients}, each with nested {@code person.name},
 * {@code address} and a list of {@code benefits}. Some recipients lack the tax number (null) and a few
 * lack the birth date — those a job must reject. {@code social.truth.csv} gives each record's clean values.
 */
public final class SocialGenerator {

    static final List<String> TRUTH_HEADER = List.of("key", "person_id", "surname", "given_name", "patronymic", "sex",
            "birth_date", "rnokpp", "document_type", "document_number", "street", "house", "apartment", "benefits", "expect", "reject_fields");

    private static final List<String> BENEFITS = List.of("housing_subsidy", "disability", "large_family", "low_income", "veteran");

    private final double share;
    private final long seed;

    public SocialGenerator(double share, long seed) {
        this.share = share;
        this.seed = seed;
    }

    /** {@code social.json} → {@code social.truth.csv}. */
    public static Path truthPathFor(Path export) {
        return HousingGenerator.truthPathFor(export);
    }

    /** Writes the export and its truth; returns records written and records to reject. */
    public int[] write(Path residentsTruth, Path export) throws IOException {
        TruthPeople people = TruthPeople.read(residentsTruth);
        SplittableRandom rnd = new SplittableRandom(seed);
        int rows = 0;
        int rejects = 0;
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (OutputStream out = Files.newOutputStream(export);
             JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(pretty);
             BufferedWriter t = Files.newBufferedWriter(truthPathFor(export), StandardCharsets.UTF_8)) {
            DelimitedWriter truth = new DelimitedWriter(t, ',', "\n");
            truth.row(TRUTH_HEADER.toArray(String[]::new));
            json.writeStartObject();
            json.writeObjectFieldStart("export");
            json.writeStringField("source", "Департамент соціального захисту Харківської міської ради");
            json.writeStringField("generated", "2024-11-30T08:00:00+02:00");
            json.writeStringField("format", "recipients/v2");
            json.writeEndObject();
            json.writeObjectFieldStart("data");
            json.writeArrayFieldStart("recipients");
            int id = 0;
            for (TruthPeople.Resident p : people.people()) {
                if (rnd.nextDouble() >= share) {
                    continue;
                }
                id += 1 + rnd.nextInt(9);
                String key = String.format("SZ-%06d", id);
                boolean noIpn = rnd.nextDouble() < 0.05;
                boolean noBirthDate = rnd.nextDouble() < 0.02;
                json.writeStartObject();
                json.writeStringField("id", key);
                json.writeObjectFieldStart("person");
                json.writeObjectFieldStart("name");
                json.writeStringField("last", p.surname());
                json.writeStringField("first", p.givenName());
                json.writeStringField("middle", p.patronymic());
                json.writeEndObject();
                json.writeStringField("sex", p.sex().equals("M") ? "male" : "female");
                if (noBirthDate) {
                    json.writeNullField("birthDate");
                } else {
                    json.writeStringField("birthDate", p.birthDate().toString());
                }
                if (noIpn) {
                    json.writeNullField("ipn");
                } else {
                    json.writeStringField("ipn", p.rnokpp());
                }
                json.writeObjectFieldStart("document");
                json.writeStringField("type", p.documentType());
                json.writeStringField("number", p.documentNumber());
                json.writeEndObject();
                json.writeEndObject();
                json.writeObjectFieldStart("address");
                json.writeStringField("city", "Харків");
                json.writeStringField("street", p.street());
                json.writeStringField("house", p.house());
                if (!p.apartment().isEmpty()) {
                    json.writeStringField("apt", p.apartment());
                }
                json.writeEndObject();
                json.writeArrayFieldStart("benefits");
                int count = 1 + rnd.nextInt(2);
                StringBuilder codes = new StringBuilder();
                for (int b = 0; b < count; b++) {
                    String code = BENEFITS.get(rnd.nextInt(BENEFITS.size()));
                    json.writeStartObject();
                    json.writeStringField("code", code);
                    json.writeNumberField("amount", BigDecimal.valueOf(500 + rnd.nextInt(400_000) / 100.0).setScale(2, RoundingMode.HALF_UP));
                    json.writeEndObject();
                    codes.append(b == 0 ? "" : "|").append(code);
                }
                json.writeEndArray();
                json.writeBooleanField("active", rnd.nextDouble() < 0.9);
                json.writeEndObject();
                truth.row(key, p.personId(), p.surname(), p.givenName(), p.patronymic(), p.sex(),
                        noBirthDate ? "" : p.birthDate().toString(), noIpn ? "" : p.rnokpp(), p.documentType(), p.documentNumber(), p.street(), p.house(),
                        p.apartment(), codes.toString(), noBirthDate ? "reject" : "accept", noBirthDate ? "birth_date" : "");
                rows++;
                if (noBirthDate) {
                    rejects++;
                }
            }
            json.writeEndArray();
            json.writeNumberField("total", rows);
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            truth.flush();
        }
        return new int[] {rows, rejects};
    }
}
