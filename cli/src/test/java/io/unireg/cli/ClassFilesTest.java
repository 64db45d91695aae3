package io.unireg.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two build settings that only make starts faster, so nothing else would notice them gone (pom.xml,
 * cli/pom.xml; docs/benchmarks.md, 2026-12-04 21:45):
 * <ul>
 *   <li>picocli is compiled here from its source, because its jar holds Java 5 class files, which JDK 17's
 *       class-data archive refuses: every start would load and verify its classes from the jar again;</li>
 *   <li>string concatenation is compiled to StringBuilder calls, not to invokedynamic call sites that each
 *       spin method-handle classes the first time they run.</li>
 * </ul>
 */
class ClassFilesTest {

    /** The oldest class file version class-data sharing archives (Java 6). */
    private static final int OLDEST_ARCHIVED = 50;

    @Test
    void picocliClassesAreNewEnoughForTheClassDataArchive() throws Exception {
        for (Class<?> type : new Class<?>[]{CommandLine.class, CommandLine.Model.CommandSpec.class, CommandLine.Help.Ansi.class}) {
            try (InputStream in = classFile(type)) {
                DataInputStream data = new DataInputStream(in);
                assertThat(data.readInt()).as("class file magic").isEqualTo(0xCAFEBABE);
                data.readUnsignedShort(); // minor
                assertThat(data.readUnsignedShort()).as(type + ": class file major version").isGreaterThanOrEqualTo(OLDEST_ARCHIVED);
            }
        }
    }

    @Test
    void stringConcatenationIsCompiledToStringBuilderCalls() throws Exception {
        // Each of these concatenates strings on a run's start (a lock holder's line, picocli's arity ranges).
        for (Class<?> type : new Class<?>[]{io.unireg.run.RunLock.Holder.class, CommandLine.Range.class}) {
            String constants = constants(type);
            assertThat(constants).as(type + " uses StringBuilder").contains("java/lang/StringBuilder");
            assertThat(constants).as(type + " links no concatenation call site").doesNotContain("StringConcatFactory");
        }
    }

    private static InputStream classFile(Class<?> type) {
        InputStream in = type.getClassLoader().getResourceAsStream(type.getName().replace('.', '/') + ".class");
        assertThat(in).as(type.getName()).isNotNull();
        return in;
    }

    /** The class file read as Latin-1: its constant pool's names show as they are. */
    private static String constants(Class<?> type) throws IOException {
        try (InputStream in = classFile(type)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
