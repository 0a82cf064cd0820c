package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What an ADR's place says about it: its number from the file name, the ADR folder it belongs to, and whether
 * another ADR file in the repo has the same number.
 *
 * @param number     the number as written in the file name ({@code 0001}, {@code 2024-05-01-2}), or null when the
 *                   file name has none
 * @param value      the number's value ({@code 1}; for {@code YYYY-MM-DD-N} names the {@code N}), or -1 when none
 * @param date       the date of a {@code YYYY-MM-DD-N-slug.md} name, or null
 * @param slug       the file name after the number, without extension ({@code use-postgres}), or the stem
 * @param folder     the ADR folder (log) the file belongs to, repo-relative ({@code docs/adr})
 * @param subFolder  the file's folder below {@code folder} ({@code 1.x}, {@code legacy}), {@code ""} when
 *                   directly in it
 * @param duplicates the other ADR files in the repo with the same number (repo-relative), empty when unique
 * @param style      the template the ADR follows
 */
public record AdrInfo(String number, int value, String date, String slug, String folder, String subFolder,
                      List<String> duplicates, AdrStyle style) {

    public AdrInfo {
        slug = slug == null ? "" : slug;
        Objects.requireNonNull(folder, "folder");
        subFolder = subFolder == null ? "" : subFolder;
        duplicates = List.copyOf(duplicates);
        style = style == null ? AdrStyle.OTHER : style;
    }

    public boolean hasNumber() {
        return number != null;
    }
}
