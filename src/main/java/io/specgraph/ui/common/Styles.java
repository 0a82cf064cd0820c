package io.specgraph.ui.common;

/** Style-class names shared by views and {@code specgraph.css}. */
public final class Styles {

    public static final String BADGE = "sg-badge";
    public static final String BADGE_OK = "sg-badge-ok";
    public static final String BADGE_WARN = "sg-badge-warn";
    public static final String BADGE_FAIL = "sg-badge-fail";
    public static final String MUTED = "sg-muted";
    public static final String TITLE = "sg-title";
    public static final String BOARD = "sg-board";
    public static final String CARD = "sg-card";
    public static final String STATUS_BAR = "sg-status-bar";

    private Styles() {
    }
}
