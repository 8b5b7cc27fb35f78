package id.kutip.api;

/**
 * Named examples for the OpenAPI document, one place for all of them. The request example of
 * {@code POST /api/v1/attributions} is the article of {@code ../shared/eval/seed.jsonl} (Kontan,
 * via Reuters), so that "Try it out" in Swagger UI attributes a real quote; nothing else here is
 * copied from the evaluation data.
 */
final class Examples {

    private Examples() {
    }

    /** The seed article (Kontan, via Reuters): a direct quote and an indirect one by Jens Stoltenberg. */
    static final String ATTRIBUTION_REQUEST_SEED = """
            {"text": "Sumber: Reuters | Editor: Prihastomo Wahyu Widodo\\nKONTAN.CO.ID - SEOUL. Sekretaris Jenderal \
            NATO, Jens Stoltenberg, pada hari Senin (30/1) mendorong Korea Selatan agar ikut aktif dalam memberikan \
            bantuan militer ke Ukraina seperti banyak negara Barat.\\nDalam pertemuan dengan Menteri Luar Negeri \
            Korea Selatan Park Jin, Stoltenberg menilai bahwa apa yang terjadi di Eropa bisa berdampak pada \
            kawasan lain. Atas dasar itu, NATO meminta Korea Utara terlibat agar bisa mengurangi dampak di Asia.\\n\\"Terima \
            kasih kepada Korea Selatan atas bantuannya yang tidak mematikan ke Ukraina. Tapi kami mendesak untuk \
            berbuat lebih banyak. Jika tidak ingin otokrasi dan tirani menang, maka Ukraina membutuhkan senjata, \
            itu kenyataannya,\\" kata Stoltenberg saat berbicara di Chey Institute for Advanced Studies di Seoul.\\nBaca \
            Juga: Rilis Sanksi Baru, Jepang Setop Ekspor Semikonduktor hingga Robot ke Rusia\\nDilansir dari \
            Reuters, Stoltenberg berada di Seoul untuk memperkuat hubungan dengan Korea Selatan dalam menghadapi \
            perang di Ukraina serta membahas meningkatnya persaingan dengan China. Stoltenberg juga dijadwalkan \
            berkunjung ke kekuatan Asia lainnya, Jepang.\\nKorea Selatan diketahui telah menandatangani kesepakatan \
            besar untuk menyediakan ratusan tank, pesawat, dan senjata lainnya kepada Polandia yang merupakan \
            anggota NATO.\\nNamun, kebijakan presiden Yoon Suk-yeol mengatakan bahwa negara dilarang menyediakan \
            senjata ke negara-negara yang berkonflik. Kebijakan ini membuat adanya bantuan senjata ke Ukraina \
            nyaris mustahil.\\nBaca Juga: Belum Puas dengan Tank, Ukraina Kini Berharap Mendapat Bantuan Jet \
            Tempur\\nMengenai masalah itu, Stoltenberg menjadikan Jerman, Swedia, dan Norwegia sebagai contoh. \
            Ketiga negara tersebut memiliki kebijakan yang sama dengan Korea Selatan, tapi mengubahnya demi \
            bisa memberikan dukungan ke Ukraina.\\nKorea Selatan mulai dekat dengan NATO sejak membuka misi \
            diplomatik pertamanya untuk NATO tahun lalu.\\nKorea Selatan berjanji untuk memperdalam kerja sama \
            di bidang non-proliferasi, pertahanan dunia maya, kontra-terorisme, tanggap bencana, dan bidang \
            keamanan lainnya."}
            """;
    static final String ATTRIBUTION_REQUEST_TYPES = """
            {"text": "\\"Kami siap bekerja keras tahun ini,\\" kata Budi.", "language": "id", "types": ["direct"]}
            """;

    static final String ATTRIBUTION_REQUEST_PLAIN = """
            "Kami siap bekerja keras tahun ini," kata Budi.
            """;

    /** What the engine is meant to find in the seed article (offsets in UTF-16 code units). */
    static final String ATTRIBUTION_REPLY_SEED = """
            {
              "language": "id",
              "attributions": [
                {
                  "type": "indirect",
                  "quote": {"text": "apa yang terjadi di Eropa bisa berdampak pada kawasan lain", "start": 345, "end": 403},
                  "speaker": {"name": "Jens Stoltenberg", "role": "Sekretaris Jenderal NATO",
                              "mention": {"text": "Stoltenberg", "start": 319, "end": 330}},
                  "cue": {"text": "menilai", "start": 331, "end": 338},
                  "confidence": 0.8,
                  "rule": "indirect-verb"
                },
                {
                  "type": "direct",
                  "quote": {"text": "Terima kasih kepada Korea Selatan atas bantuannya yang tidak mematikan ke Ukraina. \
            Tapi kami mendesak untuk berbuat lebih banyak. Jika tidak ingin otokrasi dan tirani menang, maka Ukraina \
            membutuhkan senjata, itu kenyataannya,", "start": 493, "end": 719},
                  "speaker": {"name": "Jens Stoltenberg", "role": "Sekretaris Jenderal NATO",
                              "mention": {"text": "Stoltenberg", "start": 726, "end": 737}},
                  "cue": {"text": "kata", "start": 721, "end": 725},
                  "confidence": 0.95,
                  "rule": "closing-cue"
                }
              ],
              "speakers": [
                {"name": "Jens Stoltenberg", "role": "Sekretaris Jenderal NATO", "quotes": 2}
              ]
            }
            """;

    static final String ATTRIBUTION_REQUEST_HTML = """
            <!DOCTYPE html>
            <html lang="id">
            <head><meta charset="utf-8"><title>Banjir surut di Sukamaju</title><script src="/iklan.js"></script></head>
            <body>
            <header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav></header>
            <article>
              <h1>Banjir surut di Sukamaju</h1>
              <div class="share"><a href="#">Bagikan</a></div>
              <p>Air mulai surut di Kota Sukamaju pada Selasa pagi.</p>
              <p>&quot;Kami siap membersihkan jalan hari ini,&quot; kata Rina Wijaya, Kepala Dinas Kesehatan
                Kota Sukamaju.</p>
              <div class="baca-juga"><strong>Baca juga:</strong> <a href="/posko">Posko banjir dibuka</a></div>
            </article>
            <footer>&copy; Kabar Sukamaju</footer>
            </body>
            </html>
            """;

    static final String ATTRIBUTION_REQUEST_HTML_FIELD = """
            {"html": "<article><p>&quot;Kami siap bekerja keras tahun ini,&quot; kata Budi.</p></article>"}
            """;

    static final String ATTRIBUTION_REPLY_HTML = """
            {
              "language": "id",
              "attributions": [
                {
                  "type": "direct",
                  "quote": {"text": "Kami siap membersihkan jalan hari ini,", "start": 77, "end": 115},
                  "speaker": {"name": "Rina Wijaya", "role": "Kepala Dinas Kesehatan Kota Sukamaju",
                              "mention": {"text": "Rina Wijaya", "start": 122, "end": 133}},
                  "cue": {"text": "kata", "start": 117, "end": 121},
                  "confidence": 0.95,
                  "rule": "closing-cue"
                }
              ],
              "speakers": [{"name": "Rina Wijaya", "role": "Kepala Dinas Kesehatan Kota Sukamaju", "quotes": 1}],
              "text": "Banjir surut di Sukamaju\\nAir mulai surut di Kota Sukamaju pada Selasa pagi.\\n\\"Kami siap \
            membersihkan jalan hari ini,\\" kata Rina Wijaya, Kepala Dinas Kesehatan Kota Sukamaju."
            }
            """;

    static final String ATTRIBUTION_REPLY_HTML_FIELD = """
            {
              "language": "id",
              "attributions": [
                {
                  "type": "direct",
                  "quote": {"text": "Kami siap bekerja keras tahun ini,", "start": 1, "end": 35},
                  "speaker": {"name": "Budi", "role": null, "mention": {"text": "Budi", "start": 42, "end": 46}},
                  "cue": {"text": "kata", "start": 37, "end": 41},
                  "confidence": 0.95,
                  "rule": "closing-cue"
                }
              ],
              "speakers": [{"name": "Budi", "role": null, "quotes": 1}],
              "text": "\\"Kami siap bekerja keras tahun ini,\\" kata Budi."
            }
            """;

    static final String ATTRIBUTION_REPLY_SHORT = """
            {
              "language": "id",
              "attributions": [
                {
                  "type": "direct",
                  "quote": {"text": "Kami siap bekerja keras tahun ini,", "start": 1, "end": 35},
                  "speaker": {"name": "Budi", "role": null, "mention": {"text": "Budi", "start": 42, "end": 46}},
                  "cue": {"text": "kata", "start": 37, "end": 41},
                  "confidence": 0.95,
                  "rule": "closing-cue"
                }
              ],
              "speakers": [{"name": "Budi", "role": null, "quotes": 1}]
            }
            """;

    static final String BATCH_REQUEST = """
            {
              "documents": [
                {"id": "a1", "text": "\\"Kami siap bekerja keras tahun ini,\\" kata Budi."},
                {"id": "a2", "text": "Hujan turun sejak pagi di Bandung.", "language": "id"}
              ],
              "types": ["direct", "indirect"]
            }
            """;

    static final String BATCH_REPLY = """
            {
              "results": [
                {
                  "id": "a1",
                  "language": "id",
                  "attributions": [
                    {
                      "type": "direct",
                      "quote": {"text": "Kami siap bekerja keras tahun ini,", "start": 1, "end": 35},
                      "speaker": {"name": "Budi", "role": null, "mention": {"text": "Budi", "start": 42, "end": 46}},
                      "cue": {"text": "kata", "start": 37, "end": 41},
                      "confidence": 0.95,
                      "rule": "closing-cue"
                    }
                  ],
                  "speakers": [{"name": "Budi", "role": null, "quotes": 1}]
                },
                {"id": "a2", "language": "id", "attributions": [], "speakers": []}
              ]
            }
            """;

    static final String LEXICON_REPLY = """
            {
              "lexicons": [
                {
                  "language": "id",
                  "lists": {
                    "closing-cues": ["kata", "ujar", "ujarnya", "tutur", "ucap"],
                    "honorifics": ["Pak", "Bu", "Bapak", "Ibu"],
                    "ranks": ["AKBP", "Kombes", "Brigjen"]
                  }
                }
              ]
            }
            """;

    static final String PROBLEM_VALIDATION = """
            {
              "type": "urn:kutip:problem:validation",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "text: must not be blank",
              "instance": "/api/v1/attributions",
              "requestId": "5b0c3e8a-2f41-4d6e-9a7b-1c8d2e3f4a50",
              "violations": [{"field": "text", "message": "must not be blank"}]
            }
            """;

    static final String PROBLEM_MALFORMED_JSON = """
            {
              "type": "urn:kutip:problem:malformed-json",
              "title": "The body is not well-formed JSON",
              "status": 400,
              "detail": "The body is not well-formed JSON (line 1, column 9): Unexpected end-of-input within/between \
            Object entries. Send one JSON object such as {\\"text\\": \\"…\\"}.",
              "instance": "/api/v1/attributions",
              "requestId": "9e1f7a2b-6c3d-4e8f-a1b2-c3d4e5f6a7b8"
            }
            """;

    static final String PROBLEM_LANGUAGE = """
            {
              "type": "urn:kutip:problem:unsupported-language",
              "title": "The language is not supported",
              "status": 400,
              "detail": "language: \\"en\\" is not supported; supported: id. Leave it out to use \\"id\\".",
              "instance": "/api/v1/attributions",
              "requestId": "0d4e8f1a-3b5c-4d7e-8f9a-b1c2d3e4f5a6",
              "violations": [{"field": "language", "message": "\\"en\\" is not supported; supported: id"}]
            }
            """;

    static final String PROBLEM_NOT_ACCEPTABLE = """
            {
              "type": "urn:kutip:problem:not-acceptable",
              "title": "No acceptable representation",
              "status": 406,
              "detail": "This resource answers application/json (and application/problem+json for errors); the \
            Accept header \\"text/html\\" allows none of them.",
              "instance": "/api/v1/attributions",
              "requestId": "7c2b9d4e-1f3a-4b5c-9d6e-7f8a9b0c1d2e"
            }
            """;

    static final String PROBLEM_TEXT_TOO_LONG = """
            {
              "type": "urn:kutip:problem:text-too-long",
              "title": "The text is too long",
              "status": 413,
              "detail": "text is 250000 UTF-16 code units long; at most 200000 are allowed (kutip.max-text-length). \
            Split the text and send the parts separately.",
              "instance": "/api/v1/attributions",
              "requestId": "2a6f4c8e-9b1d-4f3a-8c5e-6d7f8a9b0c1d",
              "violations": [{"field": "text", "message": "longer than 200000 UTF-16 code units"}]
            }
            """;

    static final String PROBLEM_BODY_TOO_LARGE = """
            {
              "type": "urn:kutip:problem:body-too-large",
              "title": "The request body is too large",
              "status": 413,
              "detail": "The request body is larger than 4194304 bytes (quarkus.http.limits.max-body-size). Send a \
            shorter text, or split a batch into several.",
              "instance": "/api/v1/attributions",
              "requestId": "e8d1c6b4-5a7f-4e2d-b3c9-a0f1e2d3c4b5"
            }
            """;

    static final String PROBLEM_BATCH_TOO_LARGE = """
            {
              "type": "urn:kutip:problem:batch-too-large",
              "title": "The batch is too large",
              "status": 413,
              "detail": "The batch has 150 documents; at most 100 are allowed (kutip.batch.max-documents). Split it \
            into several batches.",
              "instance": "/api/v1/attributions/batch",
              "requestId": "4f9a2e6c-8d3b-4a1f-9e7c-5b6d7e8f9a0b"
            }
            """;

    static final String PROBLEM_DUPLICATE_ID = """
            {
              "type": "urn:kutip:problem:validation",
              "title": "The request has invalid fields",
              "status": 400,
              "detail": "documents[1].id: duplicates documents[0].id \\"a1\\"; ids must be unique",
              "instance": "/api/v1/attributions/batch",
              "requestId": "b3c7e1f5-2d8a-4c6e-a9f1-3b4c5d6e7f80",
              "violations": [{"field": "documents[1].id", "message": "duplicates documents[0].id \\"a1\\"; ids must be unique"}]
            }
            """;

    static final String PROBLEM_MEDIA_TYPE = """
            {
              "type": "urn:kutip:problem:unsupported-media-type",
              "title": "Unsupported media type",
              "status": 415,
              "detail": "Content-Type application/xml is not accepted here; send application/json (or text/plain; \
            charset=utf-8 where the operation takes plain text).",
              "instance": "/api/v1/attributions",
              "requestId": "6e2d9c3b-7a4f-4d1e-8b5c-9a0b1c2d3e4f"
            }
            """;

    static final String PROBLEM_UNAUTHORIZED = """
            {
              "type": "urn:kutip:problem:unauthorized",
              "title": "A valid API key is required",
              "status": 401,
              "detail": "This service requires an API key: send it as \\"Authorization: Bearer <key>\\" or \\"X-API-Key: <key>\\".",
              "instance": "/api/v1/attributions",
              "requestId": "8a3d5f7b-1c2e-4f6a-9b8d-0e1f2a3b4c5d"
            }
            """;

    static final String PROBLEM_REQUEST_TIMEOUT = """
            {
              "type": "urn:kutip:problem:request-timeout",
              "title": "The request body took too long",
              "status": 408,
              "detail": "The request body did not arrive within 30.0 s (kutip.http.body-timeout); send it at once, or \
            split it into smaller requests.",
              "instance": "/api/v1/attributions",
              "requestId": "3c7e9a1f-5d2b-4e8c-b6a4-2f1e0d9c8b7a"
            }
            """;

    static final String PROBLEM_OVERLOADED = """
            {
              "type": "urn:kutip:problem:overloaded",
              "title": "The service is overloaded",
              "status": 503,
              "detail": "The service is busy: all 2 analysis slots are busy and 128 requests are waiting. Retry after \
            1 s (Retry-After).",
              "instance": "/api/v1/attributions",
              "requestId": "d5a1b9e3-7c4f-4a2d-8e6b-0c9f8a7b6e5d"
            }
            """;

    static final String PROBLEM_INTERNAL = """
            {
              "type": "urn:kutip:problem:internal-error",
              "title": "Internal error",
              "status": 500,
              "detail": "The service failed on this request; the failure is logged. Please report it with the request.",
              "instance": "/api/v1/attributions",
              "requestId": "c1f8b5a2-4e9d-4b3c-a7e6-1d2e3f4a5b6c"
            }
            """;
}
