package io.unireg.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a full Ukrainian/Russian name (ПІБ) into surname, given name and patronymic.
 *
 * <p>Order, when not fixed by the job: "Given Patronymic Surname" if the last word is in capitals
 * and the first is not ("Олена Петрівна КОВАЛЕНКО"), if initials come first ("О.М. Коваленко"),
 * or if the second word looks like a patronymic and the last does not; otherwise "Surname Given
 * Patronymic". Initials may be glued ("О.М." → "О.", "М."). Two words where the second is a
 * patronymic and the first is not are a given name and patronymic without a surname. With more
 * than three words the extra words belong to the surname (a space-separated double surname is
 * more common in these registers than a double given name). Turkic patronymic markers ("огли",
 * "кизи") stay with the patronymic.
 */
final class NameSplitter {

    enum Order { AUTO, SURNAME_FIRST, GIVEN_FIRST }

    record Parts(String surname, String given, String patronymic) {
    }

    private static final Parts NONE = new Parts(null, null, null);
    private static final Set<String> PATRONYMIC_MARKERS = Set.of("огли", "оглу", "оглы", "кизи", "кизі", "кызы", "гизи", "улы", "уулу");
    private static final String[] PATRONYMIC_ENDINGS = {"вич", "вна", "ьич", "ліч", "ична", "ічна"};

    private NameSplitter() {
    }

    static Parts split(String full, Order order) {
        List<String> words = words(full);
        int n = words.size();
        if (n == 0) {
            return NONE;
        }
        if (n == 1) {
            return new Parts(words.get(0), null, null);
        }
        Order actual = order == Order.AUTO ? guess(words) : order;
        if (order == Order.AUTO && n == 2 && isPatronymic(words.get(1)) && !isPatronymic(words.get(0))) {
            return new Parts(null, words.get(0), words.get(1));
        }
        if (actual == Order.GIVEN_FIRST) {
            return n == 2 ? new Parts(words.get(1), words.get(0), null)
                    : new Parts(String.join(" ", words.subList(2, n)), words.get(0), words.get(1));
        }
        return n == 2 ? new Parts(words.get(0), words.get(1), null)
                : new Parts(String.join(" ", words.subList(0, n - 2)), words.get(n - 2), words.get(n - 1));
    }

    private static Order guess(List<String> words) {
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        if (isCapitals(last) && !isCapitals(first)) {
            return Order.GIVEN_FIRST;
        }
        if (isInitial(first) && !isInitial(last)) {
            return Order.GIVEN_FIRST;
        }
        if (words.size() >= 3 && isPatronymic(words.get(1)) && !isPatronymic(last)) {
            return Order.GIVEN_FIRST;
        }
        return Order.SURNAME_FIRST;
    }

    /** Words split at spaces and commas, glued initials separated, patronymic markers attached. */
    static List<String> words(String full) {
        List<String> words = new ArrayList<>(4);
        int n = full.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? full.charAt(i) : ' ';
            boolean separator = Spaces.isSpace(c) || c == ',';
            boolean initialEnds = c == '.' && i + 1 < n && Character.isLetter(full.charAt(i + 1));
            if (separator) {
                if (start >= 0) {
                    add(words, full.substring(start, i));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = i;
                }
                if (initialEnds) {
                    add(words, full.substring(start, i + 1));
                    start = -1;
                }
            }
        }
        return words;
    }

    private static void add(List<String> words, String word) {
        if (!words.isEmpty() && isMarker(word)) {
            int last = words.size() - 1;
            words.set(last, words.get(last) + " " + word);
        } else {
            words.add(word);
        }
    }

    private static boolean isMarker(String word) {
        // Markers are 3–4 letters: skip the lower-casing for every other word.
        return word.length() <= 4 && PATRONYMIC_MARKERS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isPatronymic(String word) {
        int space = word.lastIndexOf(' ');
        if (space > 0 && isMarker(word.substring(space + 1))) {
            return true;
        }
        int n = word.length();
        for (String ending : PATRONYMIC_ENDINGS) {
            if (n > ending.length() + 2 && word.regionMatches(true, n - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInitial(String word) {
        return (word.length() == 1 && Character.isLetter(word.charAt(0)))
                || (word.length() == 2 && Character.isLetter(word.charAt(0)) && word.charAt(1) == '.');
    }

    /** At least two letters, none of them lower case. */
    private static boolean isCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
