package io.unireg.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.DataInputStream;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * picocli is compiled here from its source (cli/pom.xml, "picocli from source"), because its jar holds
 * Java 5 class files, which JDK 17's class-data archive refuses: every start would load and verify its
 * classes from the jar again. A build that went back to the jar would still work, only slower, so this
 * says so.
 */
class PicocliClassFilesTest {

    /** The oldest class file version class-data sharing archives (Java 6). */
    private static final int OLDEST_ARCHIVED = 50;

    @Test
    void picocliClassesAreNewEnoughForTheClassDataArchive() throws Exception {
        for (Class<?> type : new Class<?>[]{CommandLine.class, CommandLine.Model.CommandSpec.class, CommandLine.Help.Ansi.class}) {
            String file = type.getName().replace('.', '/') + ".class";
            try (InputStream in = type.getClassLoader().getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                DataInputStream data = new DataInputStream(in);
                assertThat(data.readInt()).as("class file magic").isEqualTo(0xCAFEBABE);
                data.readUnsignedShort(); // minor
                assertThat(data.readUnsignedShort()).as(file + ": class file major version").isGreaterThanOrEqualTo(OLDEST_ARCHIVED);
            }
        }
    }
}
