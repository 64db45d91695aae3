package io.unireg.schema;

import io.unireg.job.Suggestions;
import io.unireg.schema.JsonTree.Arr;
import io.unireg.schema.JsonTree.Member;
import io.unireg.schema.JsonTree.Node;
import io.unireg.schema.JsonTree.Obj;
import io.unireg.schema.JsonTree.Scalar;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a Table Schema JSON document into a {@link TableSchema}, checking it completely so the
 * validator never meets a bad constraint at row time. Every error names file:line:col.
 */
final class SchemaReader {

    static final String CHECK_KEY = "unireg:check";
    static final String REQUIRED_UNLESS_KEY = "unireg:requiredUnless";
    static final String ROW_CHECKS_KEY = "unireg:rowChecks";

    private static final List<String> SCHEMA_KEYS =
            List.of("$schema", "name", "title", "description", "fields", "primaryKey", "missingValues", ROW_CHECKS_KEY);
    private static final List<String> FIELD_KEYS =
            List.of("name", "title", "description", "type", "format", "constraints", "rdfType", "example", CHECK_KEY,
                    REQUIRED_UNLESS_KEY);
    private static final List<String> CONSTRAINT_KEYS =
            List.of("required", "unique", "minLength", "maxLength", "pattern", "enum", "minimum", "maximum");
    /** Frictionless string formats unireg understands; other types only have the default format. */
    static final List<String> STRING_FORMATS = List.of("default", "email", "uri", "uuid");

    private final DomainChecks checks;
    private final RowChecks rowChecks;

    SchemaReader(DomainChecks checks) {
        this(checks, RowChecks.builtIn());
    }

    SchemaReader(DomainChecks checks, RowChecks rowChecks) {
        this.checks = checks;
        this.rowChecks = rowChecks;
    }

    TableSchema read(InputStream in, String file, String defaultName) throws SchemaException {
        Obj root = object(JsonTree.read(in, file), "the schema");
        rejectUnknownKeys(root, SCHEMA_KEYS, "schema");
        String name = optionalString(root, "name");
        List<SchemaField> fields = fields(root);
        List<String> primaryKey = primaryKey(root, fields);
        if (!primaryKey.isEmpty()) {
            // Table Schema: primary-key fields are implicitly required.
            List<SchemaField> withRequired = new ArrayList<>(fields.size());
            for (SchemaField f : fields) {
                if (primaryKey.contains(f.name()) && !f.requiredUnless().isEmpty()) {
                    throw root.members().get("primaryKey").value().location().error("field '" + f.name()
                            + "' is in the primaryKey, so it is always required and " + REQUIRED_UNLESS_KEY
                            + " cannot apply");
                }
                withRequired.add(primaryKey.contains(f.name())
                        ? new SchemaField(f.name(), f.title(), f.description(), f.type(), f.format(),
                                f.constraints().withRequired(), f.check(), f.requiredUnless())
                        : f);
            }
            fields = withRequired;
        }
        List<String> missing = root.members().containsKey("missingValues")
                ? stringList(root.members().get("missingValues").value(), "missingValues")
                : List.of("");
        return new TableSchema(name == null ? defaultName : name, optionalString(root, "title"),
                optionalString(root, "description"), fields, primaryKey, missing, rowChecks(root, fields));
    }

    private List<SchemaField> fields(Obj root) throws SchemaException {
        Member m = root.members().get("fields");
        if (m == null) {
            throw root.location().error("the schema has no 'fields' array");
        }
        if (!(m.value() instanceof Arr arr)) {
            throw m.value().location().error("'fields' must be an array, found " + m.value().kind());
        }
        List<SchemaField> fields = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Node item : arr.items()) {
            SchemaField f = field(object(item, "a field"));
            if (names.contains(f.name())) {
                throw item.location().error("duplicate field name '" + f.name() + "'");
            }
            names.add(f.name());
            fields.add(f);
        }
        if (fields.isEmpty()) {
            throw m.value().location().error("'fields' is empty");
        }
        for (int i = 0; i < fields.size(); i++) {
            checkRequiredUnless(fields.get(i), (Obj) arr.items().get(i), names);
        }
        return fields;
    }

    private SchemaField field(Obj obj) throws SchemaException {
        String name = optionalString(obj, "name");
        if (name == null || name.isBlank()) {
            throw obj.location().error("a field has no 'name'");
        }
        String where = "field '" + name + "'";
        rejectUnknownKeys(obj, FIELD_KEYS, where);
        FieldType type = FieldType.STRING;
        Member typeMember = obj.members().get("type");
        if (typeMember != null) {
            String typeName = string(typeMember.value(), "'type' of " + where);
            type = FieldType.fromJsonName(typeName).orElseThrow(() -> typeMember.value().location().error(
                    "unknown type '" + typeName + "' for " + where + Suggestions.didYouMean(typeName, typeNames())
                            + "; supported: " + String.join(", ", typeNames())));
        }
        String format = format(obj, type, where);
        Constraints constraints = obj.members().containsKey("constraints")
                ? constraints(object(obj.members().get("constraints").value(), "'constraints' of " + where), type, where)
                : Constraints.NONE;
        String check = optionalString(obj, CHECK_KEY);
        if (check != null && checks.find(check).isEmpty()) {
            throw obj.members().get(CHECK_KEY).value().location().error("unknown " + CHECK_KEY + " '" + check
                    + "' for " + where + Suggestions.didYouMean(check, checks.names())
                    + "; known: " + String.join(", ", checks.names()));
        }
        List<String> requiredUnless = List.of();
        Member unless = obj.members().get(REQUIRED_UNLESS_KEY);
        if (unless != null) {
            requiredUnless = unless.value() instanceof Scalar s && s.isString()
                    ? List.of(s.text()) : stringList(unless.value(), "'" + REQUIRED_UNLESS_KEY + "' of " + where);
            if (requiredUnless.isEmpty()) {
                throw unless.value().location().error("'" + REQUIRED_UNLESS_KEY + "' of " + where + " is empty");
            }
        }
        return new SchemaField(name, optionalString(obj, "title"), optionalString(obj, "description"),
                type, format, constraints, check, requiredUnless);
    }

    /** {@code unireg:requiredUnless} names other fields, and only on a field that is not plainly required. */
    private static void checkRequiredUnless(SchemaField field, Obj obj, List<String> names) throws SchemaException {
        if (field.requiredUnless().isEmpty()) {
            return;
        }
        Node node = obj.members().get(REQUIRED_UNLESS_KEY).value();
        String where = "field '" + field.name() + "'";
        if (field.required()) {
            throw node.location().error(where + " is required, so " + REQUIRED_UNLESS_KEY
                    + " cannot excuse its absence; drop one of them");
        }
        for (String other : field.requiredUnless()) {
            if (other.equals(field.name())) {
                throw node.location().error(REQUIRED_UNLESS_KEY + " of " + where + " names the field itself");
            }
            if (!names.contains(other)) {
                throw node.location().error(REQUIRED_UNLESS_KEY + " of " + where + " names '" + other
                        + "', which is not a field" + Suggestions.didYouMean(other, names));
            }
        }
    }

    /** {@code "unireg:rowChecks": [{"check": name, "fields": {role: field, …}}]}, every role bound to a field. */
    private List<RowCheckBinding> rowChecks(Obj root, List<SchemaField> fields) throws SchemaException {
        Member m = root.members().get(ROW_CHECKS_KEY);
        if (m == null) {
            return List.of();
        }
        if (!(m.value() instanceof Arr arr)) {
            throw m.value().location().error("'" + ROW_CHECKS_KEY + "' must be an array, found " + m.value().kind());
        }
        List<String> names = new ArrayList<>();
        for (SchemaField f : fields) {
            names.add(f.name());
        }
        List<RowCheckBinding> bindings = new ArrayList<>();
        for (Node item : arr.items()) {
            Obj obj = object(item, "an item of '" + ROW_CHECKS_KEY + "'");
            rejectUnknownKeys(obj, List.of("check", "fields"), "an item of '" + ROW_CHECKS_KEY + "'");
            String name = optionalString(obj, "check");
            if (name == null) {
                throw obj.location().error("an item of '" + ROW_CHECKS_KEY + "' has no 'check'");
            }
            RowCheck check = rowChecks.find(name).orElseThrow(() -> obj.members().get("check").value().location()
                    .error("unknown row check '" + name + "'" + Suggestions.didYouMean(name, rowChecks.names())
                            + "; known: " + String.join(", ", rowChecks.names())));
            Member fieldsMember = obj.members().get("fields");
            if (fieldsMember == null) {
                throw obj.location().error("row check '" + name + "' has no 'fields' (bind its roles: "
                        + String.join(", ", check.roles()) + ")");
            }
            Obj bound = object(fieldsMember.value(), "'fields' of row check '" + name + "'");
            Map<String, String> byRole = new java.util.LinkedHashMap<>();
            for (Member role : bound.members().values()) {
                if (!check.roles().contains(role.key())) {
                    throw role.keyLocation().error("row check '" + name + "' has no role '" + role.key() + "'"
                            + Suggestions.didYouMean(role.key(), check.roles()) + "; roles: " + String.join(", ", check.roles()));
                }
                String field = string(role.value(), "the field for role '" + role.key() + "'");
                if (!names.contains(field)) {
                    throw role.value().location().error("row check '" + name + "' binds role '" + role.key()
                            + "' to '" + field + "', which is not a field" + Suggestions.didYouMean(field, names));
                }
            }
            for (String role : check.roles()) {
                Member given = bound.members().get(role);
                if (given == null) {
                    throw bound.location().error("row check '" + name + "' needs a field for role '" + role + "'");
                }
                byRole.put(role, string(given.value(), "the field for role '" + role + "'"));
            }
            bindings.add(new RowCheckBinding(name, byRole));
        }
        return bindings;
    }

    private static String format(Obj obj, FieldType type, String where) throws SchemaException {
        String format = optionalString(obj, "format");
        if (format == null) {
            return null;
        }
        List<String> allowed = type == FieldType.STRING ? STRING_FORMATS : List.of("default");
        if (!allowed.contains(format)) {
            // Values arrive normalised (dates as ISO…), so a source-side format such as "%d.%m.%Y" belongs in the job file.
            throw obj.members().get("format").value().location().error("format '" + format + "' is not supported for "
                    + type.jsonName() + " " + where + "; allowed: " + String.join(", ", allowed)
                    + " (parse source formats with a normalising function in the job file)");
        }
        return format;
    }

    private static Constraints constraints(Obj obj, FieldType type, String where) throws SchemaException {
        rejectUnknownKeys(obj, CONSTRAINT_KEYS, "the constraints of " + where);
        Map<String, Member> m = obj.members();
        boolean required = bool(m.get("required"), where);
        boolean unique = bool(m.get("unique"), where);
        Integer minLength = length(m.get("minLength"), type, where);
        Integer maxLength = length(m.get("maxLength"), type, where);
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw m.get("minLength").value().location().error("minLength " + minLength + " is greater than maxLength "
                    + maxLength + " for " + where);
        }
        String pattern = null;
        if (m.containsKey("pattern")) {
            Node node = m.get("pattern").value();
            pattern = string(node, "'pattern' of " + where);
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw node.location().error("invalid pattern for " + where + ": " + e.getDescription()
                        + " near index " + e.getIndex());
            }
        }
        List<String> enumValues = List.of();
        if (m.containsKey("enum")) {
            Node node = m.get("enum").value();
            enumValues = typedList(node, type, "'enum' of " + where);
            if (enumValues.isEmpty()) {
                throw node.location().error("'enum' of " + where + " is empty");
            }
        }
        String minimum = bound(m.get("minimum"), type, where);
        String maximum = bound(m.get("maximum"), type, where);
        if (minimum != null && maximum != null && ValueSyntax.compare(type, minimum, maximum) > 0) {
            throw m.get("minimum").value().location().error("minimum " + minimum + " is greater than maximum "
                    + maximum + " for " + where);
        }
        return new Constraints(required, unique, minLength, maxLength, pattern, enumValues, minimum, maximum);
    }

    private static Integer length(Member member, FieldType type, String where) throws SchemaException {
        if (member == null) {
            return null;
        }
        Node node = member.value();
        if (type != FieldType.STRING && type != FieldType.ANY) {
            throw member.keyLocation().error(member.key() + " applies to string fields, not to " + type.jsonName()
                    + " " + where);
        }
        if (!(node instanceof Scalar s) || s.token() != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
                || s.text().startsWith("-") || s.text().length() > 9) {
            throw node.location().error(member.key() + " of " + where + " must be a non-negative integer");
        }
        return Integer.parseInt(s.text());
    }

    private static String bound(Member member, FieldType type, String where) throws SchemaException {
        if (member == null) {
            return null;
        }
        if (!type.ordered()) {
            throw member.keyLocation().error(member.key() + " does not apply to " + type.jsonName() + " " + where);
        }
        return typedValue(member.value(), type, member.key() + " of " + where);
    }

    /** A scalar (string or number) that is a valid value of {@code type}, as a normalised string. */
    private static String typedValue(Node node, FieldType type, String what) throws SchemaException {
        if (!(node instanceof Scalar s) || s.text() == null || !(s.isString() || s.isNumber() || s.isBoolean())) {
            throw node.location().error(what + " must be a string or number, found " + node.kind());
        }
        if (!ValueSyntax.matches(type, s.text())) {
            throw node.location().error(what + ": '" + s.text() + "' is not a valid " + type.jsonName());
        }
        return s.text();
    }

    private static List<String> typedList(Node node, FieldType type, String what) throws SchemaException {
        if (!(node instanceof Arr arr)) {
            throw node.location().error(what + " must be an array, found " + node.kind());
        }
        List<String> values = new ArrayList<>();
        for (Node item : arr.items()) {
            values.add(typedValue(item, type, what));
        }
        return values;
    }

    private static List<String> primaryKey(Obj root, List<SchemaField> fields) throws SchemaException {
        Member m = root.members().get("primaryKey");
        if (m == null) {
            return List.of();
        }
        List<String> keys = m.value() instanceof Scalar s && s.isString()
                ? List.of(s.text())
                : stringList(m.value(), "primaryKey");
        List<String> names = new ArrayList<>();
        for (SchemaField f : fields) {
            names.add(f.name());
        }
        for (String key : keys) {
            if (!names.contains(key)) {
                throw m.value().location().error("primaryKey names '" + key + "', which is not a field"
                        + Suggestions.didYouMean(key, names));
            }
        }
        if (new HashSet<>(keys).size() != keys.size()) {
            throw m.value().location().error("primaryKey names a field twice");
        }
        return keys;
    }

    /** Unknown keys are errors; {@code prefix:name} keys are other tools' extensions and pass. */
    private static void rejectUnknownKeys(Obj obj, List<String> known, String where) throws SchemaException {
        for (Member m : obj.members().values()) {
            String key = m.key();
            if (known.contains(key) || isExtension(key)) {
                continue;
            }
            throw m.keyLocation().error("unknown key '" + key + "' in " + where + Suggestions.didYouMean(key, known));
        }
    }

    private static boolean isExtension(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && colon < key.length() - 1;
    }

    private static Obj object(Node node, String what) throws SchemaException {
        if (node instanceof Obj obj) {
            return obj;
        }
        throw node.location().error(what + " must be a JSON object, found " + node.kind());
    }

    private static String optionalString(Obj obj, String key) throws SchemaException {
        Member m = obj.members().get(key);
        return m == null ? null : string(m.value(), "'" + key + "'");
    }

    private static String string(Node node, String what) throws SchemaException {
        if (node instanceof Scalar s && s.isString()) {
            return s.text();
        }
        throw node.location().error(what + " must be a string, found " + node.kind());
    }

    private static boolean bool(Member m, String where) throws SchemaException {
        if (m == null) {
            return false;
        }
        if (m.value() instanceof Scalar s && s.isBoolean()) {
            return Boolean.parseBoolean(s.text());
        }
        throw m.value().location().error(m.key() + " of " + where + " must be true or false, found " + m.value().kind());
    }

    private static List<String> stringList(Node node, String what) throws SchemaException {
        if (!(node instanceof Arr arr)) {
            throw node.location().error(what + " must be an array of strings, found " + node.kind());
        }
        List<String> values = new ArrayList<>();
        for (Node item : arr.items()) {
            values.add(string(item, "an item of " + what));
        }
        return values;
    }

    private static List<String> typeNames() {
        List<String> names = new ArrayList<>();
        for (FieldType t : FieldType.values()) {
            names.add(t.jsonName());
        }
        return names;
    }
}
