package io.github.parbench.format;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * env.json: the machine, JVM and build a run measured on, and how it ended. Anything the bench
 * could not read is null rather than guessed.
 *
 * @param modelsLeftOut     models this JVM cannot run, with why (e.g. VIRTUAL_THREADS before JDK 21); null if none
 * @param status            "running" until the end: complete, incomplete or interrupted
 * @param resumedWithNewJar each resumed session that ran a rebuilt jar ({@code --allow-new-jar}); null if none
 * @param other             facts this schema does not name (a site's own, e.g. a rack), kept so that nothing
 *                          a file holds is dropped by reading and writing it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Environment(String host, String cpuModel, Integer sockets, Integer cores, Integer threadsPerCore,
                          Integer numaNodes, String governor, Long memoryBytes, String kernel, String os,
                          String javaVersion, String javaVendor, String javaHome, List<String> jvmFlags,
                          String gitCommit, Boolean gitDirty, String profile, String start, String end,
                          Integer availableCpus, Integer usableCores, String cpuAffinity, String pinnedCpus,
                          String cgroupCpuMax, String slurmJobId, String slurmArrayJobId, String slurmArrayTaskId,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String modelsLeftOut, String status,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<NewJar> resumedWithNewJar,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {

    public Environment {
        other = other == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }

    /** A resumed session that ran another build than the one planned with. */
    public record NewJar(String at, String change) {
    }

    public Environment withEnd(String newEnd, String newStatus) {
        return new Environment(host, cpuModel, sockets, cores, threadsPerCore, numaNodes, governor, memoryBytes, kernel, os,
                javaVersion, javaVendor, javaHome, jvmFlags, gitCommit, gitDirty, profile, start, newEnd, availableCpus,
                usableCores, cpuAffinity, pinnedCpus, cgroupCpuMax, slurmJobId, slurmArrayJobId, slurmArrayTaskId,
                modelsLeftOut, newStatus, resumedWithNewJar, other);
    }

    public Environment withNewJar(NewJar note) {
        List<NewJar> notes = new ArrayList<>(resumedWithNewJar == null ? List.of() : resumedWithNewJar);
        notes.add(note);
        return new Environment(host, cpuModel, sockets, cores, threadsPerCore, numaNodes, governor, memoryBytes, kernel, os,
                javaVersion, javaVendor, javaHome, jvmFlags, gitCommit, gitDirty, profile, start, end, availableCpus,
                usableCores, cpuAffinity, pinnedCpus, cgroupCpuMax, slurmJobId, slurmArrayJobId, slurmArrayTaskId,
                modelsLeftOut, status, List.copyOf(notes), other);
    }
}
