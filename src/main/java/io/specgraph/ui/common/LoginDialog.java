package io.specgraph.ui.common;

import io.specgraph.git.CredentialPrompt;
import io.specgraph.git.CredentialStores;
import io.specgraph.git.Login;
import io.specgraph.git.RemoteAccess;
import javafx.application.Platform;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Asks for a login when a git server wants one (clone, fetch, push): a dialog on the UI thread while the git work
 * waits on its background thread. What the user enters is kept in the system keyring where there is one.
 */
public final class LoginDialog implements CredentialPrompt {

    public static final LoginDialog INSTANCE = new LoginDialog();

    private LoginDialog() {
    }

    /** Remote access for the app: the system keyring, and this dialog when the keyring has nothing. */
    public static RemoteAccess access() {
        return RemoteAccess.builder().store(CredentialStores.system()).prompt(INSTANCE).build();
    }

    @Override
    public Optional<Login> ask(String server, String reason) {
        FutureTask<Optional<Login>> ask = new FutureTask<>(() -> {
            TextInputDialog d = new TextInputDialog();
            d.setTitle("Log in");
            d.setHeaderText("Log in to " + server + (reason == null ? "" : "\n" + reason));
            d.setContentText("User");
            PasswordField token = new PasswordField();
            token.setPromptText("Password or access token");
            d.getDialogPane().setContent(new VBox(8, d.getEditor(), token));
            return d.showAndWait().map(user -> new Login(user, token.getText().toCharArray()));
        });
        if (Platform.isFxApplicationThread()) {
            ask.run();
        } else {
            Platform.runLater(ask);
        }
        try {
            return ask.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }
}
