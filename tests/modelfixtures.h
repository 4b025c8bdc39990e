#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace cxrfair::test {

/// A tiny bundle for tests: 8 x 8 grey input (exact resize, no crop), embedding dimension
/// `dim`, a WordPiece vocabulary ([PAD] [UNK] [CLS] [SEP] chest no findings pneumothorax
/// effusion), and the TorchScript sources given (their `self.w` is a fixed 64 x dim matrix
/// with w[i][j] = ((i * 7 + j * 3) % 11 - 5) / 10; the text encoder's `self.table` is a
/// 9 x dim table with t[i][j] = ((i * 5 + j) % 7 - 3) / 4).
struct TinyBundle {
    QString imageSource = QStringLiteral("def forward(self, x: Tensor) -> Tensor:\n"
                                         "    return torch.matmul(x.flatten(1), self.w)\n");
    QString textSource =
        QStringLiteral("def forward(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:\n"
                       "    tokens = torch.embedding(self.table, input_ids)\n"
                       "    mask = attention_mask.unsqueeze(-1).to(tokens.dtype)\n"
                       "    return (tokens * mask).sum(1) / mask.sum(1)\n");
    int moduleDim = 4;   ///< the dimension the modules produce
    int manifestDim = 4; ///< the dimension the manifest declares
    double logitScale = 10.0;
};

/// Writes the bundle into `dir/name.cxrmodel` and returns its path.
QString writeTinyBundle(const QDir& dir, const QString& name, const TinyBundle& spec = {});

/// Writes `count` 16 x 16 grey PNG images (deterministic content) and returns their paths.
QStringList writeTestImages(const QDir& dir, int count);

} // namespace cxrfair::test
