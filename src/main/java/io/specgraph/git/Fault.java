package io.specgraph.git;

/**
 * What kind of failure a {@link GitException} reports, so a caller can offer the right next step (retry, ask for a
 * token, fetch and rebase, resolve a conflict) without parsing the message.
 */
public enum Fault {
    /** The server could not be reached, or the connection broke during the transfer. */
    UNREACHABLE,
    /** The server refused the credentials, or none were available. */
    AUTH,
    /** There is no repository at the remote URL. */
    NOT_FOUND,
    /** The remote has commits this repo does not have; fetch and rebase (or merge), then push again. */
    NON_FAST_FORWARD,
    /** The server refused the push for another reason (a protected branch, a hook). */
    REJECTED,
    /** A merge or rebase stopped on conflicting files. */
    CONFLICT,
    /** Uncommitted changes stand in the way. */
    DIRTY,
    /** The disk is full. */
    DISK_FULL,
    /** The repo's folder is gone. */
    MISSING_FOLDER,
    /** The folder exists but is not a git repo (or is one for another remote). */
    NOT_A_REPO,
    /** The user cancelled the operation. */
    CANCELLED,
    /** No author name and e-mail are configured. */
    NO_IDENTITY,
    /** Anything else. */
    OTHER
}
