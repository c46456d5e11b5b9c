package vn.laocai.gate.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of one workspace that must outlive a restart (the audit chains' keys: a new key would
 * make every earlier entry fail verification), one file each under {@code <home>/secrets}, created
 * once with 32 random bytes and owner-only permissions, and deleted only with the data by
 * {@code ./gate reset}.
 */
final class WorkspaceSecrets {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Path folder;

    private WorkspaceSecrets(Path folder) {
        this.folder = folder;
    }

    static WorkspaceSecrets in(Path home) {
        return new WorkspaceSecrets(home.resolve("secrets"));
    }

    /** The secret {@code name}, drawn and written the first time it is asked for. */
    synchronized String get(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a secret name: " + name);
        }
        Path file = folder.resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(folder);
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException raced) {
                    // another start drew it first: use that one
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the secret " + name + " in " + folder, e);
        }
    }
}
