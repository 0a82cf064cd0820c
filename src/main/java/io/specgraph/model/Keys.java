package io.specgraph.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Metadata key names (model.md §3). Keys match case-insensitively with spaces, {@code _} and {@code -} alike;
 * aliases map to one canonical key.
 */
public final class Keys {

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String KIND = "kind";
    public static final String VERSION = "version";
    public static final String STATUS = "status";
    public static final String IMPLEMENTS = "implements";
    public static final String CONTEXT_PACK = "context_pack";
    public static final String CONTRACTS_REFERENCED = "contracts_referenced";
    public static final String BLOCKED_BY = "blocked_by";
    public static final String CHILDREN = "children";
    public static final String CONTRACT_SPECS = "contract_specs";
    public static final String ADRS = "adrs";
    public static final String AFFECTS = "affects";
    public static final String OUTCOME = "outcome";
    public static final String INITIATIVE = "initiative";
    public static final String DOMAIN = "domain";
    public static final String CONSUMERS = "consumers";
    public static final String BREAKING = "breaking";
    public static final String SUPERSEDES = "supersedes";
    public static final String SUPERSEDED_BY = "superseded_by";
    public static final String FOLLOW_UP = "follow_up";
    public static final String DATE = "date";
    public static final String COMPONENT = "component";
    public static final String SOURCES = "sources";
    public static final String COMPONENT_REPO = "component_repo";
    public static final String PLATFORM_SPEC_ID = "platform_spec_id";
    public static final String CONTEXT_PACK_VERSION = "context_pack_version";
    public static final String CONTRACT_CHANGE = "contract_change";
    /** Derived: the node a plan or tasks document belongs to. */
    public static final String ATTACHED_TO = "attached_to";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("type", KIND),
            Map.entry("contracts", CONTRACTS_REFERENCED),
            Map.entry("depends_on", CONTRACTS_REFERENCED),
            Map.entry("dependson", CONTRACTS_REFERENCED),
            Map.entry("blockedby", BLOCKED_BY),
            Map.entry("contextpack", CONTEXT_PACK),
            Map.entry("supercedes", SUPERSEDES),
            Map.entry("superceded_by", SUPERSEDED_BY),
            Map.entry("supersededby", SUPERSEDED_BY),
            Map.entry("followup", FOLLOW_UP),
            Map.entry("contractsreferenced", CONTRACTS_REFERENCED),
            Map.entry("contractspecs", CONTRACT_SPECS),
            Map.entry("mcp_sources", SOURCES),
            Map.entry("mcp", SOURCES),
            Map.entry("context_sources", SOURCES));

    /** Keys whose value is a list (YAML list or comma-separated). */
    private static final Set<String> LIST_KEYS = Set.of(IMPLEMENTS, CONTRACTS_REFERENCED, BLOCKED_BY, CHILDREN,
            CONTRACT_SPECS, ADRS, AFFECTS, CONSUMERS, SUPERSEDES, SUPERSEDED_BY, SOURCES);

    /** Keys whose items are references to other nodes. */
    private static final Set<String> REF_KEYS = Set.of(IMPLEMENTS, CONTEXT_PACK, CONTRACTS_REFERENCED, BLOCKED_BY,
            CHILDREN, CONTRACT_SPECS, ADRS, INITIATIVE, SUPERSEDES, SUPERSEDED_BY, FOLLOW_UP);

    private Keys() {
    }

    /** The canonical form of a key as written: {@code Context Pack} → {@code context_pack}, {@code BlockedBy} → {@code blocked_by}. */
    public static String canonical(String rawKey) {
        if (rawKey == null) {
            return "";
        }
        if (isCanonicalForm(rawKey)) {
            return ALIASES.getOrDefault(rawKey, rawKey);
        }
        StringBuilder sb = new StringBuilder(rawKey.length());
        boolean sep = false;
        for (int i = 0; i < rawKey.length(); i++) {
            char c = rawKey.charAt(i);
            if (c == ' ' || c == '_' || c == '-' || c == '\t') {
                sep = sb.length() > 0;
                continue;
            }
            if (sep) {
                sb.append('_');
                sep = false;
            }
            sb.append(Character.toLowerCase(c));
        }
        String norm = sb.toString().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(norm, norm);
    }

    /** True for {@code a_b1} forms: ASCII lower case and digits, single inner underscores (the common case). */
    private static boolean isCanonicalForm(String key) {
        int n = key.length();
        if (n == 0 || key.charAt(0) == '_' || key.charAt(n - 1) == '_') {
            return false;
        }
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' && before != '_';
            if (!ok) {
                return false;
            }
            before = c;
        }
        return true;
    }

    public static boolean isList(String canonicalKey) {
        return LIST_KEYS.contains(canonicalKey);
    }

    public static boolean isReference(String canonicalKey) {
        return REF_KEYS.contains(canonicalKey);
    }
}
