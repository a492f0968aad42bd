package dev.configunit.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of a credential file before and after {@code fix}, with every secret masked.
 *
 * <p>Lines are compared unmasked, so a re-encoded {@code auth} shows as a changed line, and printed masked, so it
 * shows as {@code "***"} on both sides.
 */
final class MaskedDiff {

    private static final int CONTEXT = 3;
    /** Beyond this many cells the longest-common-subsequence table is not worth it: the whole file is replaced. */
    private static final long MAX_CELLS = 4_000_000L;

    private MaskedDiff() {
    }

    private enum Op { KEEP, DELETE, INSERT }

    private record Step(Op op, int oldLine, int newLine) {
    }

    /** The diff, headed {@code --- name} / {@code +++ name (fixed)}; both texts must be JSON Go's reader accepts. */
    static String of(String name, String before, String after) {
        String[] oldLines = lines(before);
        String[] newLines = lines(after);
        String[] oldShown = lines(SecretMask.apply(before));
        String[] newShown = lines(SecretMask.apply(after));
        List<Step> steps = steps(oldLines, newLines);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(name).append('\n').append("+++ ").append(name).append(" (fixed)\n");
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < steps.size(); k++) {
            if (steps.get(k).op() != Op.KEEP) {
                changes.add(k);
            }
        }
        int k = 0;
        while (k < changes.size()) {
            int first = changes.get(k);
            int last = first;
            while (k + 1 < changes.size() && changes.get(k + 1) - last - 1 <= 2 * CONTEXT) {
                last = changes.get(++k);
            }
            k++;
            hunk(steps.subList(Math.max(0, first - CONTEXT), Math.min(steps.size(), last + CONTEXT + 1)),
                    oldShown, newShown, out);
        }
        return out.toString();
    }

    private static void hunk(List<Step> steps, String[] oldShown, String[] newShown, StringBuilder out) {
        int oldCount = 0;
        int newCount = 0;
        int oldStart = -1;
        int newStart = -1;
        for (Step step : steps) {
            if (step.op() != Op.INSERT) {
                oldCount++;
                oldStart = oldStart < 0 ? step.oldLine() : oldStart;
            }
            if (step.op() != Op.DELETE) {
                newCount++;
                newStart = newStart < 0 ? step.newLine() : newStart;
            }
        }
        out.append("@@ -").append(range(oldStart, oldCount, steps.get(0).oldLine()))
                .append(" +").append(range(newStart, newCount, steps.get(0).newLine())).append(" @@\n");
        for (Step step : steps) {
            switch (step.op()) {
                case KEEP -> out.append(' ').append(oldShown[step.oldLine()]);
                case DELETE -> out.append('-').append(oldShown[step.oldLine()]);
                case INSERT -> out.append('+').append(newShown[step.newLine()]);
            }
            out.append('\n');
        }
    }

    /** {@code start,count} with 1-based lines; an empty side names the line before it, as diff(1) does. */
    private static String range(int start, int count, int fallback) {
        int first = count == 0 ? fallback : start + 1;
        return first + "," + count;
    }

    /** The edit script from the longest common subsequence of the lines. */
    private static List<Step> steps(String[] a, String[] b) {
        List<Step> steps = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            for (int i = 0; i < a.length; i++) {
                steps.add(new Step(Op.DELETE, i, 0));
            }
            for (int j = 0; j < b.length; j++) {
                steps.add(new Step(Op.INSERT, a.length, j));
            }
            return steps;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                steps.add(new Step(Op.KEEP, i++, j++));
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                steps.add(new Step(Op.DELETE, i++, j));
            } else {
                steps.add(new Step(Op.INSERT, i, j++));
            }
        }
        return steps;
    }

    /** The lines of a text, without their line breaks ({@code \r} too, so a CRLF file reads cleanly). */
    private static String[] lines(String text) {
        if (text.isEmpty()) {
            return new String[0];
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        String[] lines = body.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            if (lines[k].endsWith("\r")) {
                lines[k] = lines[k].substring(0, lines[k].length() - 1);
            }
        }
        return lines;
    }
}
