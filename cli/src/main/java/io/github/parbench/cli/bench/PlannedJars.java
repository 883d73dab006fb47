package io.github.parbench.cli.bench;

import io.github.parbench.format.Plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The jars a plan was made with, by sha-256. A resume runs whatever jar is at the planned path now;
 * after a rebuild that is another build, and one run would silently mix two. Comparing digests is
 * what tells.
 */
final class PlannedJars {

    private PlannedJars() {
    }

    /** The hex sha-256 of a file's content. */
    static String sha256(Path jar) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The plan with the digests of its jars as they are now, for plan.json. */
    static Plan digested(Plan plan) throws IOException {
        return new Plan(plan.profile(), plan.cores(), plan.workers(), plan.cpus(), plan.candidateJar(), plan.baselineJar(),
                plan.parts(), plan.seed(), sha256(Path.of(plan.candidateJar())),
                plan.baselineJar() == null ? null : sha256(Path.of(plan.baselineJar())));
    }

    /**
     * How the plan's jars differ from what they were when it was made, one clause per jar, or empty
     * when they are the same bytes.
     */
    static Optional<String> changes(Plan plan) {
        List<String> changes = new ArrayList<>();
        check("the candidate jar", plan.candidateJar(), plan.candidateJarSha256()).ifPresent(changes::add);
        if (plan.baselineJar() != null) {
            check("the baseline jar", plan.baselineJar(), plan.baselineJarSha256()).ifPresent(changes::add);
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", changes));
    }

    private static String abbreviated(String sha) {
        return sha.length() <= 12 ? sha : sha.substring(0, 12) + "...";
    }

    private static Optional<String> check(String role, String jar, String planned) {
        if (planned == null) {
            return Optional.of("plan.json records no sha-256 for " + role + " " + jar
                    + " (planned by an older bench), so it cannot show the jar is the one planned with");
        }
        String now;
        try {
            now = sha256(Path.of(jar));
        } catch (IOException e) {
            return Optional.of(role + " " + jar + " cannot be read (" + e.getMessage() + ")");
        }
        if (!now.equals(planned)) {
            return Optional.of(role + " " + jar + " changed since the run was planned (sha-256 "
                    + abbreviated(planned) + " then, " + abbreviated(now) + " now: rebuilt?)");
        }
        return Optional.empty();
    }
}
