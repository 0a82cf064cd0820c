package io.specgraph.git;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Turns what JGit and the file system throw into a {@link GitException} whose message says what failed, why, and
 * what to do — and that nothing was lost.
 */
final class Faults {

    private Faults() {
    }

    /** The fault of a failed transfer (clone, fetch, push) with {@code url}. */
    static GitException transfer(String what, String url, String user, Throwable e) {
        Fault f = classify(e);
        String why = switch (f) {
            case UNREACHABLE -> "could not reach " + url + " (" + rootMessage(e) + "). Check the network and that the"
                    + " server is running, then try again";
            case AUTH -> hostKey(e) ? "the SSH host key of " + url + " is not known (or has changed). If you trust the"
                    + " server, add its key to ~/.ssh/known_hosts (connect once with ssh), then try again"
                    : "the server refused " + (user == null ? "access" : "the login for " + user)
                    + " to " + url + ". Check the user and token (it needs read and write access to the repo), or for"
                    + " SSH that your key is loaded and added to the server, then try again";
            case NOT_FOUND -> rootMessage(e).toLowerCase(Locale.ROOT).contains("branch")
                    ? rootMessage(e) + ". Check the branch in the workspace file"
                    : "there is no repository at " + url + ". Check the URL in the workspace file";
            case DISK_FULL -> "the disk is full. Free some space, then try again";
            case CANCELLED -> "it was cancelled";
            default -> rootMessage(e);
        };
        return new GitException(what + " failed: " + why + "; nothing was lost", f, e);
    }

    /** The fault of a local operation (status, commit, checkout) in {@code repo}. */
    static GitException local(String what, Object repo, Throwable e) {
        Fault f = classify(e);
        String why = switch (f) {
            case DISK_FULL -> "the disk is full. Free some space, then try again";
            case MISSING_FOLDER -> "the folder " + repo + " is gone. Sync to clone it again";
            case NOT_A_REPO -> repo + " is not a git repo";
            default -> rootMessage(e);
        };
        return new GitException(what + " failed in " + repo + ": " + why, f, e);
    }

    static Fault classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof CanceledException || m.contains("cancelled") || m.contains("canceled")) {
                return Fault.CANCELLED;
            }
            if (m.contains("no space left on device") || m.contains("disk quota exceeded")) {
                return Fault.DISK_FULL;
            }
            if (m.contains("server key did not validate") || m.contains("host key")) {
                return Fault.AUTH;
            }
            if (m.contains("not authorized") || m.contains("authentication is required")
                    || m.contains("authentication failed") || m.contains("auth fail")
                    || m.contains("no more authentication methods") || m.contains("could not authenticate")
                    || m.contains("401 ") || m.contains("403 ") || m.contains("authentication not supported")
                    || m.contains("permission denied (publickey")) {
                return Fault.AUTH;
            }
            if (t instanceof NoRemoteRepositoryException || m.contains("repository not found")
                    || m.contains("no such repository") || m.contains("does not appear to be a git repository")
                    || m.contains("not found")) {
                return Fault.NOT_FOUND;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException
                    || t instanceof EOFException || t instanceof SocketException
                    || m.contains("connection refused") || m.contains("connection reset") || m.contains("premature eof")
                    || m.contains("short read") || m.contains("read timed out") || m.contains("broken pipe")
                    || m.contains("end of file") || m.contains("connection closed") || m.contains("unexpected eof")
                    || m.contains("session is closed") || m.contains("closed by the server")
                    || m.contains("remote hung up") || m.contains("timed out")) {
                return Fault.UNREACHABLE;
            }
            if (t instanceof RepositoryNotFoundException) {
                return Fault.NOT_A_REPO;
            }
            if (t instanceof NoSuchFileException) {
                return Fault.MISSING_FOLDER;
            }
        }
        return Fault.OTHER;
    }

    private static boolean hostKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("server key did not validate") || m.contains("host key")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        String best = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                best = t.getMessage();
            }
        }
        if (best == null) {
            best = e.getClass().getSimpleName();
        }
        int nl = best.indexOf('\n');
        return (nl < 0 ? best : best.substring(0, nl)).strip();
    }
}
