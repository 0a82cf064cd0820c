package io.specgraph.graph.gate.adr;

import io.specgraph.graph.Resolver;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.AdrLink;
import io.specgraph.model.AdrRelation;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ADR's supersede links ({@code Supersedes …}, {@code Superseded by …} in any spelling the reader knows) and
 * where each leads, resolved the way the graph resolves them (by path, then label, then file number).
 */
final class SupersedeLinks {

    private static final Set<NodeKind> ADR = EnumSet.of(NodeKind.ADR);
    /** A URL: a scheme with {@code //}, or a mail or URN address ({@code cart:ADR-1} is a reference, not a URL). */
    private static final Pattern URL = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*://|(?i:mailto|urn|tel|news):).*");

    /**
     * One link: as written, whether it is a URL (a link to another host, a discussion), and the node it resolves
     * to (null when dangling or ambiguous: LG1 reports those).
     */
    record Target(AdrLink link, boolean url, Node node) {
    }

    private SupersedeLinks() {
    }

    static boolean isSupersede(AdrRelation r) {
        return r == AdrRelation.SUPERSEDES || r == AdrRelation.SUPERSEDED_BY;
    }

    /** The supersede links of {@code adr}, in document order. */
    static List<Target> of(Node adr, RuleContext ctx) {
        List<Target> out = new ArrayList<>();
        for (AdrLink link : adr.parts().get(AdrLink.class)) {
            if (!isSupersede(link.relation())) {
                continue;
            }
            boolean url = isUrl(link.linkTarget()) || isUrl(link.text()) && link.linkTarget() == null;
            out.add(new Target(link, url, resolve(adr, link, ctx)));
        }
        return out;
    }

    private static Node resolve(Node adr, AdrLink link, RuleContext ctx) {
        Ref ref = Ref.parse(link.text(), link.path().isEmpty() ? adr.path() : link.path(), link.span());
        if (ref == null) {
            return null;
        }
        Resolver.Resolution r = ctx.graph().resolver().resolve(ref, adr, ADR);
        return r.target();
    }

    private static boolean isUrl(String s) {
        return s != null && URL.matcher(s.strip()).matches();
    }

    /** How {@code target} is named from {@code from}: its id in the same repo, else {@code repo:id}. */
    static String name(Node target, Node from) {
        return target.repo().equals(from.repo()) ? target.id() : target.repo() + ":" + target.id();
    }
}
