// A deterministic stand-in for libFuzzer when building with g++: feeds the target its seed
// inputs and N mutations of them (bit flips, truncation, splices, inserted bytes). The seed of
// the random generator is printed so that any crash can be replayed.
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Each target provides typical valid inputs to start from.
QList<QByteArray> fuzzSeeds();

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    // Decoders complain loudly about broken input, which is the point here: keep the log readable.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    const int iterations = argc > 1 ? QByteArray(argv[1]).toInt() : 3000;
    const quint32 seed = argc > 2 ? QByteArray(argv[2]).toUInt() : 20261124u;
    std::printf("fuzz driver: %d iterations, seed %u\n", iterations, seed);
    QRandomGenerator rng(seed);
    const QList<QByteArray> seeds = fuzzSeeds();
    for (const QByteArray &s : seeds)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
    for (int i = 0; i < iterations; ++i) {
        QByteArray in = seeds.at(int(rng.bounded(seeds.size())));
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int pos = in.isEmpty() ? 0 : int(rng.bounded(in.size()));
            switch (rng.bounded(6)) {
                case 0:
                    if (!in.isEmpty()) in[pos] = char(in[pos] ^ (1 << rng.bounded(8)));
                    break;
                case 1:
                    in.truncate(pos);
                    break;
                case 2:
                    in.insert(pos, char(rng.bounded(256)));
                    break;
                case 3:
                    in.insert(pos,
                              seeds.at(int(rng.bounded(seeds.size()))).left(int(rng.bounded(64))));
                    break;
                case 4:
                    if (!in.isEmpty()) in.remove(pos, 1 + int(rng.bounded(16)));
                    break;
                case 5:
                    in.insert(pos, QByteArray(int(rng.bounded(32)), "[{\"0\xff"[rng.bounded(6)]));
                    break;
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(in.constData()),
                               size_t(in.size()));
    }
    std::printf("fuzz driver: done, no crash\n");
    return 0;
}
