package io.specgraph.graph;

import io.specgraph.model.Node;
import io.specgraph.model.Ref;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The {@link Resolver}'s index entries as dependency names: where a node is found ({@link #indexKeys}) and where
 * resolving a reference may look ({@link #lookupKeys}). Names: {@code i:} + an id or base id in lower case (every
 * id index is covered by its lower-case form), {@code p:} + repo and file, {@code k:} + node key. When a node
 * whose index keys meet a reference's lookup keys appears, changes or goes, the reference may resolve differently;
 * otherwise it resolves as before.
 */
final class ResolverKeys {

    private ResolverKeys() {
    }

    /** The index entries {@code node} is found under. */
    static void indexKeys(Node node, Consumer<String> out) {
        out.accept("k:" + node.key());
        out.accept("i:" + node.id().toLowerCase(Locale.ROOT));
        out.accept("i:" + Resolver.baseId(node).toLowerCase(Locale.ROOT));
        for (String f : node.files()) {
            out.accept("p:" + node.repo() + "\u0000" + f);
        }
    }

    /**
     * Every index entry resolving {@code ref} from {@code from} may read, whatever kinds are expected (a superset of
     * what one resolution reads): the files a link may name, its id, the ADR number of its file name, and the id
     * with an ADR number normalised or a version suffix split off.
     */
    static void lookupKeys(Resolver resolver, Ref ref, Node from, Consumer<String> out) {
        if (ref.link() != null) {
            String link = ref.link();
            int cut = Resolver.indexOfAny(link, "#?");
            String target = cut >= 0 ? link.substring(0, cut) : link;
            if (!Resolver.SCHEME.matcher(link).matches() && !target.isEmpty()) {
                for (String[] c : resolver.linkCandidates(ref, from, target)) {
                    out.accept("p:" + c[0] + "\u0000" + c[1]);
                }
                Matcher m = Resolver.LEADING_NUMBER.matcher(Resolver.stem(target));
                if (m.matches()) {
                    idKeys("ADR-" + Integer.parseInt(m.group(1)), out);
                }
            }
        }
        if (ref.id() != null) {
            idKeys(ref.id(), out);
            Matcher m = Resolver.VERSION_SUFFIX.matcher(ref.id());
            if (m.matches()) {
                idKeys(m.group(1), out);
            }
        }
    }

    private static void idKeys(String id, Consumer<String> out) {
        out.accept("i:" + id.toLowerCase(Locale.ROOT));
        Matcher adr = Resolver.ADR_ID.matcher(id);
        if (adr.matches()) {
            out.accept("i:adr-" + Integer.parseInt(adr.group(1)));
        }
    }
}
