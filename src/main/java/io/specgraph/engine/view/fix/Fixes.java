package io.specgraph.engine.view.fix;

import io.specgraph.engine.Files2;
import io.specgraph.engine.Workspace;
import io.specgraph.model.Finding;
import io.specgraph.model.RepoInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The mechanical fixes of findings, one small edit each (model.md §7), computed on the bytes the user sees:
 * <ul>
 *   <li>CC1 (pack not pinned), CC2 (pinned version does not exist), LC4 (older pack after a pause): pin the pack's
 *       newest version;</li>
 *   <li>DV2 (contract reference without version), IS4 (stale contract version): the contract's newest version;</li>
 *   <li>CC4 ({@code implements} without version): the platform spec's version;</li>
 *   <li>IS2 (component not among the contract's consumers): add it — in the contract's file;</li>
 *   <li>LG2 (a spec implements a platform spec that does not list it): add it to the platform spec's children;</li>
 *   <li>RS1 (a section the policy requires is missing): the section from the template, where the template puts it.</li>
 * </ul>
 * Everything else (an answer only a person can give) has no fix.
 */
public final class Fixes {

    /** The rules some findings of which have a mechanical fix. */
    public static final Set<String> RULES = Set.of("CC1", "CC2", "LC4", "CC4", "DV2", "IS4", "IS2", "LG2", "RS1");

    private static final Logger LOG = LoggerFactory.getLogger(Fixes.class);

    private Fixes() {
    }

    /** True when the finding's rule may have a fix (cheap: no reading); {@link #of} says whether it has one. */
    public static boolean offered(Finding finding) {
        return RULES.contains(finding.rule());
    }

    /**
     * The fix of {@code finding}, if its remedy is mechanical.
     *
     * @param ws      the snapshot that reported the finding
     * @param current the bytes of the finding's file as the user sees them (the editor buffer), or null for the
     *                file on disk
     */
    public static Optional<Fix> of(Workspace ws, Finding finding, byte[] current) {
        if (!offered(finding)) {
            return Optional.empty();
        }
        try {
            return Subject.of(ws, finding, current).flatMap(s -> switch (finding.rule()) {
                case "CC1", "CC2", "LC4" -> PinFix.pack(s);
                case "DV2", "IS4" -> PinFix.contract(s);
                case "CC4" -> PinFix.implementz(s);
                case "IS2" -> LinkFix.consumer(s);
                case "LG2" -> LinkFix.child(s);
                case "RS1" -> SectionFix.of(s);
                default -> Optional.empty();
            });
        } catch (RuntimeException e) {
            LOG.warn("no fix for {} at {}: {}", finding.rule(), finding.location(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes {@code fix} to its file atomically, only when the file still holds exactly {@code fix.before()}.
     *
     * @return the file written
     * @throws IOException when the file changed since the fix was computed (nothing is written), or cannot be written
     */
    public static Path write(Workspace ws, Fix fix) throws IOException {
        Path root = ws.graph().repo(fix.repo()).map(RepoInfo::path)
                .orElseThrow(() -> new IOException("repo " + fix.repo() + " is not in the workspace"));
        Path file = root.resolve(fix.path()).normalize();
        if (!file.startsWith(root.normalize())) {
            throw new IOException("not inside the repo: " + fix.path());
        }
        byte[] now;
        try {
            now = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(fix.repo() + "/" + fix.path() + " no longer exists; nothing was written", e);
        }
        if (!Arrays.equals(now, fix.before())) {
            throw new IOException(fix.repo() + "/" + fix.path() + " changed since the fix was computed; nothing was "
                    + "written (check again and retry)");
        }
        Files2.writeAtomically(file, fix.after());
        return file;
    }
}
