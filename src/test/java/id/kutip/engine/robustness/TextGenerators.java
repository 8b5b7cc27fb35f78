package id.kutip.engine.robustness;

import java.util.SplittableRandom;

/**
 * Input generators for the engine properties. Every Indonesian sentence, name and headline here was
 * written for these tests; none is taken from an article or from the evaluation data.
 */
final class TextGenerators {

    private TextGenerators() {
    }

    // ------------------------------------------------------------------ marks

    /** Every quotation mark the engine may meet, paired or not. */
    static final String MARKS = "\"“”‘’'«»„‟‹›";

    /** Opening and closing marks, index-aligned. */
    private static final String[][] PAIRS = {
        {"\"", "\""}, {"“", "”"}, {"‘", "’"}, {"'", "'"}, {"«", "»"}, {"„", "“"}, {"‹", "›"}, {"“", "\""}, {"\"", "”"},
    };

    /** The cycle the issue calls deeply alternating. */
    static final String ALTERNATING = "\"“”‘’'«»";

    // ------------------------------------------------------------------ vocabulary

    private static final String[] FIRST_NAMES = {
        "Budi", "Siti", "Agus", "Rina", "Dewi", "Joko", "Wahyu", "Andi", "Putri", "Hendra", "Yusuf", "Fitri",
        "Bambang", "Lestari", "Made", "Ketut", "Teuku", "Nyoman", "Maria", "Yohanes", "Ratna", "Slamet", "Indah",
        "Kurnia", "Ahmad", "Nur", "Gede", "Fransiska", "Daniel", "Marlina",
    };

    private static final String[] LAST_NAMES = {
        "Santoso", "Wijaya", "Hidayat", "Pratama", "Saputra", "Kurniawan", "Lubis", "Siregar", "Nasution",
        "Harahap", "Simanjuntak", "Sembiring", "Tanjung", "Wibowo", "Purnomo", "Rahman", "Gunawan", "Setiawan",
        "Susanti", "Hutapea", "Manurung", "Pangaribuan", "Sitompul", "Marpaung", "Halim", "Tambunan",
    };

    private static final String[] NAME_SHAPES = {
        "%s %s", "%s %s", "%s", "%s bin %s", "%s binti %s", "%s van der %s", "%s %s-%s", "%s Nur %s", "I %s %s",
    };

    private static final String[] RANKS = {"AKBP", "Kombes", "Brigjen", "Irjen", "Letkol", "Kapten", "AKP", "Kompol"};

    private static final String[] HONORIFICS = {"Pak", "Bu", "Dr.", "Prof.", "H.", "Hj.", "Prof. Dr.", "drg."};

    private static final String[] DEGREES = {", S.H.", ", M.Si.", ", S.Kom.", ", Ph.D.", ", S.E., M.M.", ", Sp.A."};

    private static final String[] ROLES = {
        "Kepala Dinas Kesehatan Kota Sukamaju", "Menteri Perhubungan", "Juru Bicara Kementerian Luar Negeri",
        "Sekretaris Jenderal Asosiasi Petani Kopi", "Ketua RT 05", "Direktur Utama PT Sinar Abadi",
        "Kapolres Bukit Asri", "Wakil Gubernur", "Rektor Universitas Nusantara Raya", "pengamat ekonomi",
        "warga setempat", "Kepala Sekolah SDN 3 Cempaka", "Kepala Badan Penanggulangan Bencana Daerah",
        "Ketua Komisi IV DPRD", "Koordinator Lapangan", "Camat Sungai Jernih", "Kasat Reskrim",
    };

    private static final String[] ORGANISATIONS = {
        "Kementerian Kesehatan", "Badan Pusat Statistik", "Polda Tanah Merah", "Pemerintah Kota Sukamaju",
        "PT Kereta Nusantara", "Dinas Pendidikan", "Komisi Pemilihan Umum Daerah",
    };

    static final String[] CLOSING_CUES = {
        "kata", "ujar", "tutur", "ucap", "jelas", "tegas", "ungkap", "imbuh", "tambah", "papar", "terang", "sebut",
        "seru", "pungkas", "kilah", "aku", "tanya", "jawab", "timpal", "lanjut", "sambung",
    };

    private static final String[] PRONOUN_CUES = {
        "katanya", "ujarnya", "tuturnya", "ucapnya", "jelasnya", "tegasnya", "imbuhnya", "tambahnya", "paparnya",
        "kata dia", "kata ia", "kata beliau", "ujar dia", "pungkasnya", "sebutnya",
    };

    private static final String[] INVERTED_VERBS = {"menambahkan", "menjelaskan", "menegaskan", "mengatakan", "menuturkan"};

    private static final String[] OPENING_VERBS = {"mengatakan,", "berkata:", "menegaskan,", "menjelaskan:", ":", "mengungkapkan,"};

    private static final String[] QUOTE_SENTENCES = {
        "Kami akan memperbaiki jalan ini sebelum musim hujan tiba",
        "Harga beras sudah turun sejak pekan lalu",
        "Saya tidak tahu apa-apa soal dana itu",
        "Pemeriksaan saksi masih berlangsung, jadi kami belum bisa menyimpulkan",
        "Ini bukan soal politik. Ini soal keselamatan warga",
        "Kalau hujan terus turun, tanggul di hulu bisa jebol",
        "Anak-anak harus kembali ke sekolah minggu depan",
        "Kami minta pemerintah pusat segera turun tangan",
        "Tidak ada korban jiwa dalam kejadian itu",
        "Stok obat di puskesmas cukup sampai akhir tahun",
        "Jangan percaya kabar bohong di media sosial",
        "Semua pihak sudah kami undang, tapi belum ada yang datang",
        "Apakah ini adil bagi para petani?",
        "Terima kasih atas dukungan warga!",
        "Pukul 10.00 WIB tim sudah tiba di lokasi, lalu evakuasi dimulai",
        "Anggarannya Rp 1,5 miliar dan semuanya akan diaudit",
        "Kata orang tua dulu, 'jangan menyerah sebelum mencoba'",
        "Ya",
        "Sudah, cukup",
    };

    private static final String[] CLAUSES = {
        "pembangunan jembatan itu akan selesai bulan depan",
        "pihaknya belum menerima laporan resmi dari kepolisian",
        "harga cabai diperkirakan naik menjelang hari raya",
        "sekolah akan kembali dibuka setelah banjir surut",
        "bantuan sudah disalurkan ke 12 desa",
        "tidak ada pungutan liar dalam proses pendaftaran",
        "jumlah wisatawan meningkat dua kali lipat dibanding tahun lalu",
        "pemadaman listrik bergilir akan berakhir pekan ini",
    };

    private static final String[] NARRATION = {
        "Banjir merendam tiga kecamatan sejak Senin (4/3/2024) malam.",
        "Pemerintah kota mengalokasikan anggaran Rp 2,5 miliar untuk perbaikan saluran air.",
        "Sekitar 1.200 warga mengungsi ke balai desa dan masjid terdekat.",
        "Polisi masih menyelidiki penyebab kebakaran di pasar tersebut.",
        "Rapat dimulai pukul 09.00 WIB dan berakhir menjelang sore.",
        "Dr. Andi dan Prof. Rina hadir bersama para kepala desa, camat, dll.",
        "Kenaikan tarif berlaku mulai 1 Juli, sesuai surat edaran No. 12/2024.",
        "Acara itu juga dihadiri perwakilan organisasi nelayan.",
        "Hingga berita ini diturunkan, pihak perusahaan belum memberikan tanggapan.",
        "Warga menyebut jalan itu dengan istilah \"jalan tikus\" karena sempit.",
        "Kapal yang dijuluki “Si Kancil” itu tiba lebih cepat dari jadwal.",
        "Gerakan 'Kampung Bersih' digagas oleh para pemuda setempat.",
    };

    private static final String[] HEADLINES = {
        "Harga Cabai di Pasar Induk Melonjak", "Jalan Lingkar Selatan Mulai Dibangun", "Ribuan Warga Ikuti Jalan Sehat",
        "Sekolah Darurat Dibuka di Tenda Pengungsian", "Tarif Angkot Naik Mulai Bulan Depan",
    };

    private static final String[] BOILERPLATE = {
        "Baca juga: %s", "Baca Juga: %s", "BACA JUGA: %s", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
        "Penulis: %s", "Editor: %s", "Sumber: Kantor Berita Daerah | Editor: %s", "(Foto: Dok. Humas Pemkot/%s)",
        "Pewarta: %s", "Simak berita lainnya di kanal kami.",
    };

    private static final String[] DATELINES = {
        "SUKAMAJU, Kabar Nusantara —", "BUKIT ASRI, Warta Kita —", "Tanah Merah (Kabarkota) -", "SUNGAI JERNIH —", "",
    };

    private static final String[] PARAGRAPH_BREAKS = {"\n\n", "\n\n", "\n", "\r\n\r\n", "\r\n", "\r", "\r\r", " ", "\n \n", "\u2029"};

    // ------------------------------------------------------------------ helpers

    static <T> T pick(SplittableRandom r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    /** A length in [0, max], mostly small, sometimes up to max. */
    static int skewedLength(SplittableRandom r, int max) {
        int bucket = r.nextInt(100);
        if (bucket < 10) {
            return r.nextInt(4);
        }
        if (bucket < 70) {
            return r.nextInt(Math.max(1, max / 20) + 1);
        }
        if (bucket < 95) {
            return r.nextInt(Math.max(1, max / 4) + 1);
        }
        return r.nextInt(max + 1);
    }

    private static String name(SplittableRandom r) {
        String shape = pick(r, NAME_SHAPES);
        return String.format(shape, pick(r, FIRST_NAMES), pick(r, LAST_NAMES), pick(r, LAST_NAMES).toLowerCase());
    }

    /** A speaker phrase: a name, maybe with rank, honorific, degree, role or appositive. */
    private static String speaker(SplittableRandom r) {
        String name = name(r);
        switch (r.nextInt(9)) {
            case 0:
                return pick(r, RANKS) + " " + name;
            case 1:
                return pick(r, HONORIFICS) + " " + name;
            case 2:
                return name + pick(r, DEGREES);
            case 3:
                return pick(r, ROLES) + " " + name;
            case 4:
                return name + ", " + pick(r, ROLES);
            case 5:
                return pick(r, ROLES) + ", " + pick(r, RANKS) + " " + name;
            case 6:
                return pick(r, ORGANISATIONS);
            case 7:
                return "juru bicara " + pick(r, ORGANISATIONS) + ", " + name;
            default:
                return name;
        }
    }

    private static String quoteBody(SplittableRandom r) {
        StringBuilder body = new StringBuilder(pick(r, QUOTE_SENTENCES));
        int more = r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < more; i++) {
            body.append(". ").append(pick(r, QUOTE_SENTENCES));
        }
        if (r.nextInt(6) == 0) {
            String[] inner = r.nextBoolean() ? new String[] {"'", "'"} : new String[] {"‘", "’"};
            body.append(", termasuk soal ").append(inner[0]).append("dana siluman").append(inner[1]);
        }
        return body.toString();
    }

    /** The body with {@code mark} appended, unless it already ends in a question or exclamation mark. */
    private static String end(String body, String mark) {
        char last = body.isEmpty() ? ' ' : body.charAt(body.length() - 1);
        return last == '?' || last == '!' ? body : body + mark;
    }

    private static String clause(SplittableRandom r) {
        return pick(r, CLAUSES);
    }

    /** One paragraph of a news article. */
    private static String paragraph(SplittableRandom r) {
        String[] p = pick(r, PAIRS);
        String open = p[0];
        String close = p[1];
        String who = speaker(r);
        String body = quoteBody(r);
        String tail = r.nextInt(4) == 0 ? " kepada wartawan di Sukamaju, Selasa (12/3/2024)" : "";
        switch (r.nextInt(19)) {
            case 0:
            case 1:
                return open + end(body, ",") + close + " " + pick(r, CLOSING_CUES) + " " + who + tail + ".";
            case 2:
                return open + end(body, ",") + close + " " + pick(r, PRONOUN_CUES) + tail + ".";
            case 3:
                return open + end(body, ",") + close + " " + who + " " + pick(r, INVERTED_VERBS) + ".";
            case 4:
                return who + " " + pick(r, OPENING_VERBS) + " " + open + end(body, ".") + close;
            case 5:
                return (r.nextBoolean() ? "Kata " : "Menurut ") + who + ", " + open + end(body, ".") + close;
            case 6:
                return open + end(body, ",") + close + " " + pick(r, CLOSING_CUES) + " " + who + ". " + open
                        + end(quoteBody(r), ".") + close;
            case 7:
                return open + end(body, ",") + close + " " + pick(r, CLOSING_CUES) + " " + who + ", " + open
                        + end(quoteBody(r), ".") + close;
            case 8:
                return open + end(body, ".") + close;
            case 9:
                // a quotation running over paragraphs: reopened, not closed
                return open + end(body, ".");
            case 10:
                return "Menurut " + (r.nextBoolean() ? "dia" : who) + ", " + clause(r) + ".";
            case 11:
                return (r.nextBoolean() ? "Ia" : who) + " mengatakan bahwa " + clause(r) + ".";
            case 12:
                return who + " " + pick(r, INVERTED_VERBS) + ", " + clause(r) + ".";
            case 13:
                return (r.nextBoolean() ? "Dia" : "Beliau") + " menambahkan, " + clause(r) + ".";
            case 14:
                return String.format(pick(r, BOILERPLATE), pick(r, HEADLINES));
            case 15:
                return pick(r, NARRATION) + " " + pick(r, NARRATION);
            case 16:
                return pick(r, NARRATION);
            case 17:
                // a quote with nobody to attribute it to, and a scare quote
                return "Spanduk bertuliskan " + open + "Tolak tambang" + close + " dipasang di depan kantor desa.";
            default:
                return who + ": " + open + body + close;
        }
    }

    // ------------------------------------------------------------------ random Unicode pieces

    private static final int[][] SUPPLEMENTARY_RANGES = {
        {0x1F300, 0x1F5FF}, {0x1F600, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF},
        {0x1D400, 0x1D7FF}, {0x20000, 0x2A6DF}, {0x10000, 0x1007F}, {0xE0000, 0xE007F}, {0xF0000, 0xF00FF},
    };

    /** A short piece of text from one of many awkward Unicode categories. */
    static String unicodePiece(SplittableRandom r) {
        switch (r.nextInt(26)) {
            case 0:
            case 1:
            case 2:
                return String.valueOf((char) (0x20 + r.nextInt(0x5F))); // printable ASCII
            case 3:
                return pick(r, new String[] {"kata", "ujar", "Kata", "katanya", "Menurut", "bahwa", "Baca juga:", ", ",
                    ". ", "Budi", "Santoso", "mengatakan,", ":", "ADVERTISEMENT"}) + " ";
            case 4:
                return String.valueOf(MARKS.charAt(r.nextInt(MARKS.length())));
            case 5:
                return String.valueOf((char) r.nextInt(0x20)); // C0 controls incl. NUL, CR, LF, TAB
            case 6:
                return pick(r, new String[] {"\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029", "\u000B", "\u000C", "\u0000"});
            case 7:
                return String.valueOf((char) (0x7F + r.nextInt(0x21))); // DEL and C1 controls
            case 8: {
                // a base letter with a stack of combining marks
                StringBuilder b = new StringBuilder().append((char) ('a' + r.nextInt(26)));
                int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 40 : 3);
                for (int i = 0; i < n; i++) {
                    b.append((char) (0x0300 + r.nextInt(0x70)));
                }
                return b.toString();
            }
            case 9:
                return String.valueOf((char) (0x0300 + r.nextInt(0x70))); // a combining mark alone
            case 10:
                return String.valueOf((char) (0x05D0 + r.nextInt(27))); // Hebrew
            case 11:
                return String.valueOf((char) (0x0621 + r.nextInt(42))); // Arabic
            case 12:
                return pick(r, new String[] {"\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
                    "\u2066", "\u2067", "\u2068", "\u2069", "\u061C"}); // bidi controls
            case 13:
                return new String(Character.toChars(randomIn(r, pick(r, SUPPLEMENTARY_RANGES))));
            case 14:
                return pick(r, new String[] {
                    "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // family ZWJ sequence
                    "\uD83C\uDDEE\uD83C\uDDE9", // flag: regional indicators I D
                    "\uD83D\uDC4D\uD83C\uDFFD", // thumbs up, skin tone
                    "\u2764\uFE0F", "\u0031\uFE0F\u20E3", "\uD83D\uDE00"});
            case 15:
                return String.valueOf((char) (0xD800 + r.nextInt(0x400))); // lone high surrogate
            case 16:
                return String.valueOf((char) (0xDC00 + r.nextInt(0x400))); // lone low surrogate
            case 17:
                return "" + (char) (0xDC00 + r.nextInt(0x400)) + (char) (0xD800 + r.nextInt(0x400)); // reversed pair
            case 18:
                return String.valueOf((char) r.nextInt(0x10000)); // any BMP unit, surrogates and non-characters too
            case 19: {
                int cp = r.nextInt(Character.MAX_CODE_POINT + 1);
                return new String(Character.toChars(cp));
            }
            case 20:
                return pick(r, new String[] {"\u00A0", "\u2002", "\u2003", "\u2009", "\u200A", "\u3000", "\u200B",
                    "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD"}); // odd spaces, joiners, BOM, soft hyphen
            case 21:
                // letters whose case mapping changes the length: offsets computed on a lower-cased
                // or upper-cased copy of the text go wrong on these
                return pick(r, new String[] {"\u0130", "\u0130stanbul", "\u00DF", "STRA\u00DFE", "\uFB01", "\uFB00",
                    "\u0149", "\u1E9E", "\u03A3", "\u0390", "\u1F80", "K\u0130TA", "kata\u0307"});
            case 22:
                return pick(r, new String[] {"\uFFFE", "\uFFFF", "\uFFFD", "\uFDD0", "\uE000", "\uF8FF"});
            case 23:
                return pick(r, new String[] {"…", "—", "–", "‑", "·", "•", "‚", "‛", "″", "′", "〝", "〞", "「", "」", "『", "』"});
            case 24:
                return String.valueOf((char) (0x0900 + r.nextInt(0x80))); // Devanagari, incl. combining signs
            default:
                return pick(r, new String[] {" ", "  ", "\t", ",", ".", "?", "!", ";", ":", "(", ")", "-"});
        }
    }

    private static int randomIn(SplittableRandom r, int[] range) {
        return range[0] + r.nextInt(range[1] - range[0] + 1);
    }

    // ------------------------------------------------------------------ generators

    /** Arbitrary Unicode: every awkward category mixed, up to a few thousand chars. */
    static String arbitraryUnicode(SplittableRandom r) {
        int pieces = skewedLength(r, 3_000);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(unicodePiece(r));
        }
        return b.toString();
    }

    /** Only quotation marks, with now and then a space or line break. */
    static String quotationMarksOnly(SplittableRandom r) {
        int n = skewedLength(r, 4_000);
        String alphabet = r.nextInt(3) == 0 ? MARKS.substring(0, 1 + r.nextInt(MARKS.length())) : MARKS;
        boolean spaced = r.nextBoolean();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            if (spaced && r.nextInt(4) == 0) {
                b.append(pick(r, new String[] {" ", "\n", "\r\n", "\r", "\n\n", "a", " kata "}));
            }
        }
        return b.toString();
    }

    /** Deeply alternating and deeply nested marks, optionally with words and cues between them. */
    static String alternatingMarks(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        String between = pick(r, new String[] {"", "", " ", "a", "Ya,", " kata Budi ", "\n", "\n\n"});
        switch (r.nextInt(4)) {
            case 0: {
                // the cycle "“”‘’'«» from a random phase
                int n = skewedLength(r, 4_000);
                int phase = r.nextInt(ALTERNATING.length());
                for (int i = 0; i < n; i++) {
                    b.append(ALTERNATING.charAt((phase + i) % ALTERNATING.length())).append(between);
                }
                break;
            }
            case 1: {
                // nested openings, then closings in reverse order, some of them missing or swapped
                int depth = skewedLength(r, 1_000);
                int[] chosen = new int[depth];
                for (int i = 0; i < depth; i++) {
                    chosen[i] = r.nextInt(PAIRS.length);
                    b.append(PAIRS[chosen[i]][0]).append(between);
                }
                b.append(pick(r, QUOTE_SENTENCES));
                for (int i = depth - 1; i >= 0; i--) {
                    int roll = r.nextInt(10);
                    if (roll == 0) {
                        continue;
                    }
                    b.append(PAIRS[roll == 1 ? r.nextInt(PAIRS.length) : chosen[i]][1]).append(between);
                }
                if (r.nextBoolean()) {
                    b.append(", kata ").append(name(r)).append('.');
                }
                break;
            }
            case 2: {
                // openings only, or closings only
                int n = skewedLength(r, 3_000);
                int side = r.nextInt(2);
                for (int i = 0; i < n; i++) {
                    b.append(PAIRS[r.nextInt(PAIRS.length)][side]).append(between);
                }
                break;
            }
            default: {
                // quote-cue chains with the marks alternating kind each time
                int n = skewedLength(r, 400);
                for (int i = 0; i < n; i++) {
                    String[] p = PAIRS[i % PAIRS.length];
                    b.append(p[0]).append(i % 3 == 0 ? "" : "a").append(',').append(p[(i / 2) % 2])
                            .append(" kata ").append(between);
                }
                break;
            }
        }
        return b.toString();
    }

    /** A news-like article: dateline, paragraphs of quotes, cues, narration and boilerplate. */
    static String newsArticle(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(3) == 0) {
            b.append(pick(r, HEADLINES)).append(pick(r, PARAGRAPH_BREAKS));
        }
        b.append(pick(r, DATELINES)).append(' ');
        int paragraphs = 1 + skewedLength(r, 60);
        String breakStyle = pick(r, PARAGRAPH_BREAKS);
        for (int i = 0; i < paragraphs; i++) {
            if (i > 0) {
                b.append(r.nextInt(5) == 0 ? pick(r, PARAGRAPH_BREAKS) : breakStyle);
            }
            b.append(paragraph(r));
        }
        return b.toString();
    }

    /** A news-like article with random damage: cuts, copies, stray marks, odd characters. */
    static String mutatedNewsArticle(SplittableRandom r) {
        return mutate(r, newsArticle(r), r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(r.nextInt(5) == 0 ? 30 : 6));
    }

    static String mutate(SplittableRandom r, String text, int mutations) {
        StringBuilder b = new StringBuilder(text);
        for (int m = 0; m < mutations; m++) {
            int len = b.length();
            int at = len == 0 ? 0 : r.nextInt(len + 1);
            int span = len == 0 ? 0 : Math.min(len - Math.min(at, len), 1 + r.nextInt(Math.max(1, Math.min(len, 80))));
            switch (r.nextInt(12)) {
                case 0 -> b.delete(at, at + span);
                case 1 -> b.insert(at, b.substring(at, at + span)); // duplicate a piece
                case 2 -> b.insert(at, MARKS.charAt(r.nextInt(MARKS.length())));
                case 3 -> {
                    // swap one mark for another kind
                    for (int i = at; i < len; i++) {
                        if (MARKS.indexOf(b.charAt(i)) >= 0) {
                            b.setCharAt(i, MARKS.charAt(r.nextInt(MARKS.length())));
                            break;
                        }
                    }
                }
                case 4 -> {
                    // drop the next mark
                    for (int i = at; i < len; i++) {
                        if (MARKS.indexOf(b.charAt(i)) >= 0) {
                            b.deleteCharAt(i);
                            break;
                        }
                    }
                }
                case 5 -> b.insert(at, unicodePiece(r));
                case 6 -> b.insert(at, pick(r, new String[] {"\n", "\r", "\r\n", "\n\n", "\u0000", "\t"}));
                case 7 -> b.setLength(at); // truncate
                case 8 -> {
                    String piece = b.substring(at, at + span);
                    b.replace(at, at + span, r.nextBoolean() ? piece.toUpperCase() : piece.toLowerCase());
                }
                case 9 -> b.insert(at, " ".repeat(1 + r.nextInt(200)));
                case 10 -> b.insert(at, pick(r, new String[] {" kata ", " katanya", " ujar ", "Menurut ", " bahwa ",
                    ", kata Budi.", "\"", "Baca juga: ", ": \""}));
                default -> {
                    // move a piece elsewhere
                    String piece = b.substring(at, at + span);
                    b.delete(at, at + span);
                    b.insert(b.length() == 0 ? 0 : r.nextInt(b.length() + 1), piece);
                }
            }
        }
        return b.toString();
    }

    /** Pieces of every generator glued together, with news text sprinkled with random Unicode. */
    static String mixed(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            switch (r.nextInt(5)) {
                case 0 -> b.append(arbitraryUnicode(r));
                case 1 -> b.append(quotationMarksOnly(r));
                case 2 -> b.append(alternatingMarks(r));
                case 3 -> b.append(paragraph(r));
                default -> {
                    // a news paragraph with a random piece after every few chars
                    String p = paragraph(r);
                    StringBuilder s = new StringBuilder();
                    for (int j = 0; j < p.length(); j++) {
                        s.append(p.charAt(j));
                        if (r.nextInt(8) == 0) {
                            s.append(unicodePiece(r));
                        }
                    }
                    b.append(s);
                }
            }
            b.append(pick(r, PARAGRAPH_BREAKS));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ fixed large inputs

    /** About {@code chars} chars of one paragraph: clauses, quotes and cues, but no full stop or line break. */
    static String paragraphWithoutFullStop(int chars) {
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder b = new StringBuilder(chars + 200);
        while (b.length() < chars) {
            String piece;
            switch (r.nextInt(6)) {
                case 0 -> piece = "\"" + pick(r, QUOTE_SENTENCES) + ",\" kata " + name(r);
                case 1 -> piece = "menurut " + name(r) + " " + clause(r);
                case 2 -> piece = "“" + pick(r, QUOTE_SENTENCES) + "” ujarnya";
                case 3 -> piece = name(r) + " mengatakan bahwa " + clause(r);
                case 4 -> piece = pick(r, ROLES) + " " + name(r);
                default -> piece = clause(r);
            }
            b.append(piece.replace('.', ' ').replace('!', ' ').replace('?', ' ')).append(", ");
        }
        b.setLength(chars);
        return b.toString();
    }
}
