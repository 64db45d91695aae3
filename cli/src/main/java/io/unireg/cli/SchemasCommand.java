package io.unireg.cli;

import io.unireg.run.ExitCodes;
import io.unireg.schema.SchemaCatalog;
import io.unireg.schema.SchemaDescriber;
import io.unireg.schema.SchemaException;
import io.unireg.schema.TableSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = "List the built-in state schemas, or show one (a built-in name or a schema file).")
public final class SchemasCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "A built-in schema name or a path to a Table Schema JSON file.")
    String name;

    @Override
    public Integer call() {
        try {
            if (name == null) {
                List<TableSchema> all = new ArrayList<>();
                for (String builtIn : SchemaCatalog.builtInNames()) {
                    all.add(SchemaCatalog.load(builtIn, Path.of(".")));
                }
                spec.commandLine().getOut().print(SchemaDescriber.list(all));
            } else {
                spec.commandLine().getOut().print(SchemaDescriber.describe(SchemaCatalog.load(name, Path.of("."))));
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (SchemaException e) {
            spec.commandLine().getErr().println("unireg: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
