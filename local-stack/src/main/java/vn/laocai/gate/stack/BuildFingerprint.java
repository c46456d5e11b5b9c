package vn.laocai.gate.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether {@code ./gate up} must build: a fingerprint of what the build reads (every module's
 * {@code pom.xml} and {@code src/} tree, and {@code .mvn/}: each file's path, size and modification
 * time), compared with the one recorded after the last successful build, and the outputs the
 * launcher runs. Editing, adding, deleting or checking out a source file changes it; builds,
 * logs, {@code .gate/} and documentation outside {@code src/} do not.
 */
public final class BuildFingerprint {

    /** Folders never read: build outputs, data, version control, packages. */
    private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", ".gate", ".idea", ".vscode");

    private BuildFingerprint() {
    }

    /** The fingerprint of the sources under {@code repo}, a hex SHA-256. */
    public static String of(Path repo) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String entry : entries(repo)) {
            digest.update(entry.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One line per input file, {@code <path> <size> <modified millis>}, sorted by path. */
    static List<String> entries(Path repo) {
        List<String> entries = new ArrayList<>();
        try {
            Files.walkFileTree(repo, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean hidden = name.startsWith(".") && !dir.equals(repo) && !".mvn".equals(name);
                    return SKIPPED.contains(name) || hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = repo.relativize(file);
                    if (isInput(repo, relative)) {
                        entries.add(relative.toString().replace('\\', '/') + " " + attrs.size() + " "
                                + attrs.lastModifiedTime().toMillis());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sources under " + repo, e);
        }
        entries.sort(null);
        return entries;
    }

    /** A module's {@code pom.xml}, a file under a module's {@code src/}, or under {@code .mvn/}. */
    private static boolean isInput(Path repo, Path relative) {
        if (relative.getFileName().toString().equals("pom.xml") || relative.getName(0).toString().equals(".mvn")) {
            return true;
        }
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equals("src")) {
                Path module = i == 0 ? repo : repo.resolve(relative.subpath(0, i));
                return Files.isRegularFile(module.resolve("pom.xml"));
            }
        }
        return false;
    }

    /** What the launcher runs and the build makes: missing ones mean a build is needed whatever the fingerprint says. */
    public static List<Path> missingOutputs(Path repo) {
        List<Path> outputs = new ArrayList<>(List.of(
                repo.resolve("local-stack/target/local-stack.jar"), repo.resolve("local-stack/target/lib")));
        Apps.all().forEach(a -> outputs.add(a.runJar(repo)));
        return outputs.stream().filter(p -> !Files.exists(p)).map(repo::relativize).toList();
    }

    /**
     * Why {@code ./gate up} must build, or empty when the last successful build (its fingerprint in
     * {@code stamp}) saw the same sources and its outputs are all there.
     */
    public static Optional<String> reasonToBuild(Path repo, Path stamp, String fingerprint) {
        List<Path> missing = missingOutputs(repo);
        if (!missing.isEmpty()) {
            return Optional.of("not built yet: " + missing.get(0) + (missing.size() > 1
                    ? " and " + (missing.size() - 1) + " more missing" : " missing"));
        }
        String recorded;
        try {
            recorded = Files.exists(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8).trim() : "";
        } catch (IOException e) {
            recorded = "";
        }
        if (recorded.isEmpty()) {
            return Optional.of("no build by ./gate recorded");
        }
        return recorded.equals(fingerprint) ? Optional.empty() : Optional.of("sources changed");
    }
}
