package io.unireg.reconcile;

import io.unireg.job.JobError;
import io.unireg.job.Location;
import io.unireg.job.NodeReader;
import io.unireg.job.Suggestions;
import io.unireg.job.YamlNode;
import io.unireg.match.MatchMode;
import io.unireg.match.MatchSettings;
import io.unireg.match.MatchSettingsReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code reconcile:} section's rules compiled against the target schema: which identifier keys are
 * tried (in order), which fields are compared, who is right about each field, and the optional link-mode
 * matching model for local records no key reached. The {@code against} source and the state side's field
 * mapping are compiled by the run like any source (run.PlanCompiler).
 *
 * @param againstId    the state extract's source id (its rows' lineage, rejects and state_only rows name it)
 * @param fields       the target schema's field names, in order: every index here refers to this list
 * @param keys         field indexes of the identifier keys, in the order they are tried
 * @param compare      field indexes compared for matched / matched_with_differences, in schema order
 * @param stateAuthority field indexes where the state is right: a difference proposes a local update
 * @param localAuthority field indexes where the city is right: a difference proposes a state update
 * @param link         the matching model in link mode, or {@code null} when the section has no {@code link:}
 * @param identity     indexes of surname, given name and birth date (-1 where the schema lacks one): what
 *                     decides a conflict
 */
public record ReconcilePlan(String againstId, List<String> fields, int[] keys, int[] compare, Set<Integer> stateAuthority,
                            Set<Integer> localAuthority, MatchSettings link, Identity identity) {

    public static final List<String> DEFAULT_KEYS = List.of("unzr", "rnokpp", "document_number");

    /** The fields that tell whether an identifier points at the same person. */
    public record Identity(int surname, int givenName, int birthDate) {
    }

    public boolean links() {
        return link != null;
    }

    /**
     * @param localMapped fields the job's {@code fields:} maps, by name
     * @param stateMapped fields {@code reconcile.fields} maps, by name
     * @param sourceIds   the job's source ids and the against id (link mode names them)
     * @return the plan, or {@code null} when {@code errors} gained an entry
     */
    public static ReconcilePlan compile(YamlNode.Mapping node, String againstId, List<String> fields,
                                        Set<String> localMapped, Set<String> stateMapped, List<String> sourceIds,
                                        Path baseDir, List<JobError> errors) {
        int before = errors.size();
        NodeReader read = new NodeReader(errors);
        Set<String> both = new LinkedHashSet<>();
        for (String f : fields) {
            if (localMapped.contains(f) && stateMapped.contains(f)) {
                both.add(f);
            }
        }
        int[] keys;
        if (node.get("keys") == null) {
            keys = DEFAULT_KEYS.stream().filter(both::contains).mapToInt(fields::indexOf).toArray();
        } else {
            keys = fieldList(node.get("keys"), "keys", fields, localMapped, stateMapped, read, false);
        }
        int[] compare;
        if (node.get("compare") == null) {
            compare = both.stream().mapToInt(fields::indexOf).toArray();
        } else {
            compare = fieldList(node.get("compare"), "compare", fields, localMapped, stateMapped, read, true);
        }
        Set<Integer> compared = new LinkedHashSet<>();
        for (int c : compare) {
            compared.add(c);
        }
        Set<Integer> state = new LinkedHashSet<>();
        Set<Integer> local = new LinkedHashSet<>();
        YamlNode authorityNode = node.get("authority");
        if (authorityNode == null) {
            // The state registry is the legal reference: without a word from the job, it is right.
            state.addAll(compared);
        } else {
            YamlNode.Mapping a = read.mapping(authorityNode, "reconcile.authority");
            if (a != null) {
                read.rejectUnknownKeys(a, List.of("state", "local"), "reconcile.authority");
                authority(a.get("state"), "authority.state", fields, compared, read, state);
                authority(a.get("local"), "authority.local", fields, compared, read, local);
                for (YamlNode.Entry e : a.entries().values()) {
                    YamlNode.Sequence s = e.value() instanceof YamlNode.Sequence q ? q : null;
                    if ("local".equals(e.key()) && s != null) {
                        for (YamlNode item : s.items()) {
                            String name = item instanceof YamlNode.Scalar sc ? sc.text() : null;
                            if (name != null && state.contains(fields.indexOf(name))) {
                                read.error(item.location(), "field '" + name + "' is in both authority.state and authority.local; "
                                        + "one side is right about it");
                            }
                        }
                    }
                }
            }
        }
        MatchSettings link = null;
        YamlNode linkNode = node.get("link");
        if (linkNode != null) {
            link = link(linkNode, fields, sourceIds, baseDir, read, errors);
        }
        int surname = fields.indexOf("surname");
        int given = fields.indexOf("given_name");
        int birth = fields.indexOf("birth_date");
        if (errors.size() > before) {
            return null;
        }
        return new ReconcilePlan(againstId, List.copyOf(fields), keys, compare, Set.copyOf(state), Set.copyOf(local), link,
                new Identity(surname, given, birth));
    }

    private static MatchSettings link(YamlNode linkNode, List<String> fields, List<String> sourceIds, Path baseDir,
                                      NodeReader read, List<JobError> errors) {
        YamlNode.Mapping m = read.mapping(linkNode, "reconcile.link");
        if (m == null) {
            return null;
        }
        YamlNode mode = m.get("mode");
        if (mode != null) {
            String v = read.text(mode, "mode");
            if (v != null && !v.trim().equals("link")) {
                read.error(mode.location(), "reconcile.link always links local records to state records; leave 'mode' out");
                return null;
            }
        }
        int before = errors.size();
        MatchSettings s = MatchSettingsReader.read(m, fields, sourceIds, baseDir, Set.of(), errors);
        // The engine's reader words its messages for the dedupe section; here they concern reconcile.link.
        for (int i = before; i < errors.size(); i++) {
            JobError e = errors.get(i);
            errors.set(i, new JobError(e.location(), e.message().replace("in dedupe", "in reconcile.link")
                    .replace("dedupe needs", "reconcile.link needs").replace("dedupe must", "reconcile.link must")));
        }
        if (s == null) {
            return null;
        }
        return new MatchSettings(MatchMode.LINK, s.fields(), s.blocking(), s.comparisons(), s.identifiers(), s.rules(),
                s.thresholds(), s.maxPairsPerRule(), s.training(), s.parameters());
    }

    private static int[] fieldList(YamlNode node, String key, List<String> fields, Set<String> localMapped,
                                   Set<String> stateMapped, NodeReader read, boolean schemaOrder) {
        List<YamlNode> items = items(node, "reconcile." + key, read);
        Set<Integer> out = new LinkedHashSet<>();
        for (YamlNode item : items) {
            String name = read.text(item, "a field name");
            if (name == null) {
                continue;
            }
            name = name.trim();
            Location at = item.location();
            if (!fields.contains(name)) {
                read.error(at, "reconcile." + key + ": unknown field '" + name + "': not in the target schema"
                        + Suggestions.didYouMean(name, fields));
            } else if (!localMapped.contains(name)) {
                read.error(at, "reconcile." + key + ": field '" + name + "' is not mapped in 'fields', so local records never hold it");
            } else if (!stateMapped.contains(name)) {
                read.error(at, "reconcile." + key + ": field '" + name + "' is not mapped in reconcile.fields, so state records never hold it");
            } else if (!out.add(fields.indexOf(name))) {
                read.error(at, "reconcile." + key + ": field '" + name + "' is listed twice");
            }
        }
        if (items.isEmpty() && node instanceof YamlNode.Sequence && "compare".equals(key)) {
            read.error(node.location(), "reconcile.compare needs at least one field");
        }
        int[] result = out.stream().mapToInt(Integer::intValue).toArray();
        if (schemaOrder) {
            java.util.Arrays.sort(result);
        }
        return result;
    }

    private static void authority(YamlNode node, String what, List<String> fields, Collection<Integer> compared,
                                  NodeReader read, Set<Integer> into) {
        if (node == null) {
            return;
        }
        for (YamlNode item : items(node, "reconcile." + what, read)) {
            String name = read.text(item, "a field name");
            if (name == null) {
                continue;
            }
            name = name.trim();
            int index = fields.indexOf(name);
            if (index < 0) {
                read.error(item.location(), "reconcile." + what + ": unknown field '" + name + "': not in the target schema"
                        + Suggestions.didYouMean(name, fields));
            } else if (!compared.contains(index)) {
                read.error(item.location(), "reconcile." + what + ": field '" + name + "' is not compared (see reconcile.compare), "
                        + "so it never differs");
            } else {
                into.add(index);
            }
        }
    }

    private static List<YamlNode> items(YamlNode node, String what, NodeReader read) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            return List.of(node);
        }
        YamlNode.Sequence seq = read.sequence(node, what);
        return seq == null ? List.of() : new ArrayList<>(seq.items());
    }
}
