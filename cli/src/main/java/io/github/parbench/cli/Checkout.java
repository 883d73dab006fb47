package io.github.parbench.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A parbench checkout: where its benchmarks jar is, and building that jar when its sources are newer.
 *
 * <p>The CLI's own jar is built by {@code scripts/parbench} (it cannot build itself); the benchmarks
 * jar is built here, because only the command knows whether it may be: a resumed run keeps the
 * build it started with, so {@code bench --resume} never rebuilds.
 */
public record Checkout(Path root) {

    public static final String BENCHMARKS_JAR = "jmh/target/benchmarks.jar";
    /** The sources the benchmarks jar is made from. */
    private static final List<String> JAR_SOURCES = List.of("pom.xml", "core", "jmh");

    /**
     * The checkout this CLI runs from: {@code PARBENCH_REPO} when set (scripts/parbench sets it),
     * else the checkout whose {@code cli/target} holds this jar, else the working directory.
     */
    public static Checkout ofThisCli() {
        String env = System.getenv("PARBENCH_REPO");
        if (env != null && !env.isBlank()) {
            return new Checkout(Path.of(env).toAbsolutePath().normalize());
        }
        try {
            Path jar = Path.of(Checkout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent() == null ? null : jar.getParent().getParent();
            if (candidate != null && candidate.getParent() != null
                    && Files.isRegularFile(candidate.getParent().resolve("pom.xml"))) {
                return new Checkout(candidate.getParent().toAbsolutePath().normalize());
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall back to the working directory
        }
        return new Checkout(Path.of("").toAbsolutePath());
    }

    public Path benchmarksJar() {
        return root.resolve(BENCHMARKS_JAR);
    }

    /** True when the jar is missing or a pom or source file of the modules it holds is newer than it. */
    public boolean benchmarksJarIsStale() throws IOException {
        Path jar = benchmarksJar();
        if (!Files.isRegularFile(jar)) {
            return true;
        }
        long built = Files.getLastModifiedTime(jar).toMillis();
        for (String source : JAR_SOURCES) {
            Path path = root.resolve(source);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(path)) {
                boolean newer = files.filter(p -> !p.toString().contains("/target/") && Files.isRegularFile(p))
                        .anyMatch(p -> {
                            try {
                                return Files.getLastModifiedTime(p).toMillis() > built;
                            } catch (IOException e) {
                                return true;
                            }
                        });
                if (newer) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Builds the benchmarks jar with the checkout's Maven Wrapper (else {@code mvn} on PATH), its
     * output going to {@code log}; a failed build is an {@link IOException} naming the checkout.
     */
    public void buildBenchmarksJar(Appendable log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path wrapper = root.resolve("mvnw");
        command.add(Files.isExecutable(wrapper) ? wrapper.toString() : mavenOnPath().orElseThrow(() -> new IOException(
                root + " has no mvnw and mvn is not on PATH: cannot build " + BENCHMARKS_JAR)));
        command.addAll(List.of("-B", "-q", "-pl", "jmh", "-am", "package", "-DskipTests"));
        log.append("[parbench] building ").append(benchmarksJar().toString()).append('\n');
        Process build = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        build.getOutputStream().close();
        try {
            if (!build.waitFor(30, TimeUnit.MINUTES) || build.exitValue() != 0) {
                throw new IOException("the build of " + benchmarksJar() + " failed (see the Maven output above)");
            }
        } finally {
            build.destroyForcibly();
        }
    }

    /** Builds the benchmarks jar when it is stale. */
    public void ensureBenchmarksJar(Appendable log) throws IOException, InterruptedException {
        if (benchmarksJarIsStale()) {
            buildBenchmarksJar(log);
        }
    }

    private static Optional<String> mavenOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path mvn = Path.of(dir, "mvn");
            if (Files.isExecutable(mvn)) {
                return Optional.of(mvn.toString());
            }
        }
        return Optional.empty();
    }
}
