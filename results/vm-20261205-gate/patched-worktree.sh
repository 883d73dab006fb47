# Sourced by this directory's experiments: builds this checkout, and in a temporary worktree of
# HEAD the candidate with countdown-5pct-longer.patch applied (the countdown kernel runs 5% more
# iterations and returns the same checksum). Needs $repo; sets $slower, and removes the worktree
# when the sourcing script exits.
./mvnw -q -B -ntp -DskipTests package
slower="$(mktemp -d /tmp/parbench-slower.XXXXXX)"
trap 'git -C "$repo" worktree remove --force "$slower" 2>/dev/null || true; rm -rf "$slower"' EXIT
git worktree add --detach "$slower" HEAD >/dev/null
git -C "$slower" apply "$repo/results/vm-20261205-gate/countdown-5pct-longer.patch"
(cd "$slower" && ./mvnw -q -B -ntp -o -DskipTests package)
