package id.kutip.api;

import java.util.List;

/**
 * Indonesian sentences written for these tests (never taken from the evaluation data). Every
 * correct engine attributes a sentence of the form {@code "…," kata Name.} to Name.
 */
public final class Articles {

    public static final String ONE_QUOTE = "\"Kami siap bekerja keras tahun ini,\" kata Budi.";

    static final List<String> NAMES = List.of("Budi", "Sari", "Andi", "Rina", "Joko", "Dewi", "Agus", "Wati",
            "Hendra", "Lestari", "Bambang", "Yuni", "Rudi", "Putri", "Eko", "Maya");

    private static final List<String> QUOTES = List.of(
            "Kami siap bekerja keras tahun ini,",
            "Harga beras di pasar sudah turun sejak minggu lalu,",
            "Jalan menuju desa itu akan diperbaiki bulan depan,",
            "Sekolah kami membutuhkan lebih banyak guru,",
            "Pemerintah daerah akan membantu para nelayan,",
            "Kami tidak akan menyerah sebelum pertandingan selesai,");

    private static final List<String> FILLER = List.of(
            "Hujan turun sejak pagi di Bandung.",
            "Warga berkumpul di balai desa untuk rapat bulanan.",
            "Pasar tradisional itu ramai menjelang akhir pekan.",
            "Panitia menyiapkan kursi untuk tiga ratus tamu.");

    private Articles() {
    }

    /** A direct quote by {@code name}: {@code "<quote>," kata <name>.} */
    static String quote(int i, String name) {
        return "\"" + QUOTES.get(i % QUOTES.size()) + "\" kata " + name + ".";
    }

    /** A short article, different for every {@code n}: filler paragraphs and one to three quotes. */
    public static String article(int n) {
        StringBuilder sb = new StringBuilder();
        sb.append(FILLER.get(n % FILLER.size())).append(' ').append("Laporan nomor ").append(n).append(".\n");
        int quotes = 1 + n % 3;
        for (int q = 0; q < quotes; q++) {
            sb.append(quote(n + q, NAMES.get((n + q * 5) % NAMES.size()))).append('\n');
            sb.append(FILLER.get((n + q + 1) % FILLER.size())).append('\n');
        }
        return sb.toString();
    }

    /** An article of exactly {@code length} UTF-16 code units, made of quotes and filler. */
    public static String ofLength(int length) {
        StringBuilder sb = new StringBuilder(length + 200);
        for (int n = 0; sb.length() < length; n++) {
            sb.append(article(n));
        }
        sb.setLength(length);
        return sb.toString();
    }
}
