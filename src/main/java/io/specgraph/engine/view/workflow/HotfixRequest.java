package io.specgraph.engine.view.workflow;

/**
 * The answers that route a hotfix.
 *
 * @param componentRepo   the component repo where production broke
 * @param title           what broke, as the hotfix's title
 * @param changesContract the fix changes a contract (an API or event another component uses)
 * @param breaksPolicy    the fix breaks a constitution or platform policy rule
 * @param contractKey     the node key of the contract it changes ({@code platform/CONTRACT-10@v2}), or null for a
 *                        new contract
 */
public record HotfixRequest(String componentRepo, String title, boolean changesContract, boolean breaksPolicy,
                            String contractKey) {

    public HotfixRequest {
        componentRepo = componentRepo == null ? "" : componentRepo.strip();
        title = title == null ? "" : title.strip();
        contractKey = contractKey == null || contractKey.isBlank() ? null : contractKey.strip();
    }

    /** The route the answers give. */
    public HotfixRoute route() {
        return HotfixRoute.of(changesContract, breaksPolicy);
    }
}
