// SPDX-License-Identifier: GPL-3.0-or-later
// Degree, PageRank, betweenness and closeness over compressed (CSR) copies of the projection.
// The conventions (arcs, ties, empty graphs) are documented in Analyses.h.
#include "graph/Analyses.h"
#include "graph/Csr.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace commonplace::graph {

using detail::ArcMode;
using detail::Csr;

// ---- degree
// --------------------------------------------------------------------------------------

Result<std::vector<DegreeScore>> degree(const Projection& p, const std::string& currency)
{
    const Graph& g = p.graph();
    const std::size_t n = boost::num_vertices(g);
    if (n == 0)
        return detail::emptyGraphError();

    std::vector<DegreeScore> scores(n);
    for (std::size_t v = 0; v < n; ++v)
        scores[v].id = g[v].id;
    for (const detail::FlatEdge& e : p.arcIndex().edges(g)) {
        const Relation& r = *e.relation;
        const bool counted = !currency.empty() && r.currency == currency && std::isfinite(r.amount);
        const double amount = counted ? r.amount : 0.0;
        auto arc = [&](std::uint32_t from, std::uint32_t to) {
            ++scores[from].out;
            ++scores[to].in;
            scores[from].amountOut += amount;
            scores[to].amountIn += amount;
        };
        arc(e.source, e.target);
        if (!e.directed && e.source != e.target)
            arc(e.target, e.source);
    }
    std::sort(scores.begin(), scores.end(), [](const DegreeScore& a, const DegreeScore& b) {
        const auto da = a.in + a.out, db = b.in + b.out;
        if (da != db)
            return da > db;
        const double ma = a.amountIn + a.amountOut, mb = b.amountIn + b.amountOut;
        if (ma != mb)
            return ma > mb;
        return a.id < b.id;
    });
    return scores;
}

// ---- PageRank
// ------------------------------------------------------------------------------------

Result<std::vector<Score>> pageRank(const Projection& p, const PageRankOptions& options)
{
    const Graph& g = p.graph();
    const std::size_t n = boost::num_vertices(g);
    if (!(options.damping >= 0 && options.damping < 1))
        return makeError("PageRank damping must be at least 0 and less than 1");
    if (!(options.tolerance > 0))
        return makeError("PageRank tolerance must be positive");
    if (options.maxIterations < 1)
        return makeError("PageRank needs at least one iteration");
    if (options.weightByAmount && options.currency.empty())
        return makeError("amount-weighted PageRank needs a currency: amounts in different "
                         "currencies are never added together");
    if (n == 0)
        return detail::emptyGraphError();

    const auto& edges = p.arcIndex().edges(g);
    const bool weighted = options.weightByAmount;
    // Weight of an edge: 1, or its amount when in the chosen currency.
    auto weight = [&](const detail::FlatEdge& e) {
        if (!weighted)
            return 1.0;
        const Relation& r = *e.relation;
        if (r.currency != options.currency || !std::isfinite(r.amount) || r.amount <= 0)
            return 0.0;
        return r.amount;
    };
    std::vector<double> outWeight(n, 0.0);
    for (const auto& e : edges) {
        const double w = weight(e);
        outWeight[e.source] += w;
        if (!e.directed && e.source != e.target)
            outWeight[e.target] += w;
    }
    std::vector<std::uint32_t> dangling;
    for (std::uint32_t v = 0; v < n; ++v)
        if (outWeight[v] == 0)
            dangling.push_back(v);

    // Pull formulation over incoming arcs: next[v] = base + d * sum over arcs u->v of
    // x[u] * w(u->v) / outWeight[u]. Unweighted, w/outWeight is 1/outdeg(u), so the sum reads
    // share[u] = x[u]/outdeg(u), computed once per iteration.
    const Csr& in = p.arcIndex().csr(g, ArcMode::Backward, false);
    std::vector<double> arcShare; // weighted: w(u->v)/outWeight[u] per incoming arc
    std::vector<double> invOut(n, 0.0);
    if (weighted) {
        arcShare.resize(in.targets.size());
        for (std::size_t k = 0; k < in.targets.size(); ++k) {
            const std::uint32_t tail = in.targets[k];
            const double w = weight(edges[in.edges[k]]);
            arcShare[k] = w > 0 ? w / outWeight[tail] : 0.0;
        }
    } else {
        for (std::size_t v = 0; v < n; ++v)
            invOut[v] = outWeight[v] > 0 ? 1.0 / outWeight[v] : 0.0;
    }

    const double d = options.damping;
    const double teleport = (1.0 - d) / static_cast<double>(n);
    std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n), share(weighted ? 0 : n);
    const std::uint32_t* offsets = in.offsets.data();
    const std::uint32_t* tails = in.targets.data();
    for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
        double danglingMass = 0;
        for (std::uint32_t v : dangling)
            danglingMass += x[v];
        const double base = teleport + d * danglingMass / static_cast<double>(n);
        double change = 0;
        if (weighted) {
            const double* s = arcShare.data();
            for (std::size_t v = 0; v < n; ++v) {
                double sum = 0;
                for (std::uint32_t k = offsets[v], end = offsets[v + 1]; k < end; ++k)
                    sum += x[tails[k]] * s[k];
                next[v] = base + d * sum;
                change += std::abs(next[v] - x[v]);
            }
        } else {
            for (std::size_t v = 0; v < n; ++v)
                share[v] = x[v] * invOut[v];
            for (std::size_t v = 0; v < n; ++v) {
                double sum = 0;
                for (std::uint32_t k = offsets[v], end = offsets[v + 1]; k < end; ++k)
                    sum += share[tails[k]];
                next[v] = base + d * sum;
                change += std::abs(next[v] - x[v]);
            }
        }
        x.swap(next);
        if (change < options.tolerance)
            return detail::ranking(p, x);
    }
    return makeError("PageRank did not converge in " + std::to_string(options.maxIterations) +
                     " iterations; allow more iterations or a larger tolerance");
}

// ---- betweenness
// ---------------------------------------------------------------------------------

namespace {

// One Brandes single-source pass over a simple forward CSR, reusing its buffers between sources.
class Brandes
{
public:
    explicit Brandes(const Csr& out)
        : m_out(out)
        , m_dist(out.vertexCount(), -1)
        , m_sigma(out.vertexCount(), 0.0)
        , m_delta(out.vertexCount(), 0.0)
    {
        m_order.reserve(out.vertexCount());
    }

    // Adds the dependencies delta_s(v) of source s to `sum` (and their squares to `squares`).
    void run(std::uint32_t s, std::vector<double>& sum, std::vector<double>* squares)
    {
        const std::uint32_t* offsets = m_out.offsets.data();
        const std::uint32_t* heads = m_out.targets.data();
        int* dist = m_dist.data();
        double* sigma = m_sigma.data();
        double* delta = m_delta.data();

        m_order.clear();
        m_order.push_back(s);
        dist[s] = 0;
        sigma[s] = 1;
        for (std::size_t head = 0; head < m_order.size(); ++head) {
            const std::uint32_t v = m_order[head];
            const int dw = dist[v] + 1;
            const double sv = sigma[v];
            for (std::uint32_t k = offsets[v], end = offsets[v + 1]; k < end; ++k) {
                const std::uint32_t w = heads[k];
                if (dist[w] < 0) {
                    dist[w] = dw;
                    m_order.push_back(w);
                }
                if (dist[w] == dw)
                    sigma[w] += sv;
            }
        }
        // Back in order of non-increasing distance; each vertex pulls from its successors.
        for (std::size_t i = m_order.size(); i-- > 1;) {
            const std::uint32_t v = m_order[i];
            const int dw = dist[v] + 1;
            double acc = 0;
            for (std::uint32_t k = offsets[v], end = offsets[v + 1]; k < end; ++k) {
                const std::uint32_t w = heads[k];
                if (dist[w] == dw)
                    acc += (1.0 + delta[w]) / sigma[w];
            }
            delta[v] = sigma[v] * acc;
            sum[v] += delta[v];
            if (squares)
                (*squares)[v] += delta[v] * delta[v];
        }
        for (std::uint32_t v : m_order) {
            dist[v] = -1;
            sigma[v] = 0;
            delta[v] = 0;
        }
    }

private:
    const Csr& m_out;
    std::vector<int> m_dist;
    std::vector<double> m_sigma;
    std::vector<double> m_delta;
    std::vector<std::uint32_t> m_order;
};

Error cancelled(const char* what)
{
    return makeError(std::string(what) + " was cancelled");
}

} // namespace

Result<BetweennessResult> betweenness(const Projection& p, const BetweennessOptions& options,
                                      const Projection::Progress& progress)
{
    const Graph& g = p.graph();
    const std::size_t n = boost::num_vertices(g);
    if (n == 0)
        return detail::emptyGraphError();
    if (options.samples == 0)
        return makeError("sampled betweenness needs at least one pivot");

    const Csr& out = p.arcIndex().csr(g, ArcMode::Forward, true);
    const bool sampled = n > options.exactBelow && options.samples < n;

    std::vector<std::uint32_t> sources(n);
    std::iota(sources.begin(), sources.end(), 0u);
    if (sampled) {
        // Partial Fisher-Yates: the first `samples` entries become a uniform sample without
        // replacement. Modulo reduction of a 64-bit draw: the bias is below n / 2^64.
        std::mt19937_64 rng(options.seed);
        for (std::size_t i = 0; i < options.samples; ++i) {
            const std::size_t j = i + static_cast<std::size_t>(rng() % (n - i));
            std::swap(sources[i], sources[j]);
        }
        sources.resize(options.samples);
        // Visit pivots in index order: the same sum regardless of draw order, better locality.
        std::sort(sources.begin(), sources.end());
    }

    std::vector<double> sum(n, 0.0), squares;
    if (sampled)
        squares.assign(n, 0.0);
    Brandes brandes(out);
    const std::uint64_t total = sources.size();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (progress && !progress(i, total))
            return cancelled("betweenness");
        brandes.run(sources[i], sum, sampled ? &squares : nullptr);
    }
    if (progress && !progress(total, total))
        return cancelled("betweenness");

    const double dn = static_cast<double>(n);
    double scale = 1.0;
    if (options.normalized && n > 2)
        scale = 1.0 / ((dn - 1.0) * (dn - 2.0));
    BetweennessResult result;
    result.sampled = sampled;
    result.pivots = sources.size();
    if (sampled) {
        const double k = static_cast<double>(sources.size());
        const double c = scale * dn / k; // estimate = c * sum
        // Per-pivot terms Y = scale * n * delta_s(v), with 0 <= delta_s(v) <= n - 2.
        const double range = scale * dn * std::max(dn - 2.0, 0.0);
        result.errorBound = range * std::sqrt(std::log(2.0 * dn / 0.05) / (2.0 * k));
        double worst = 0;
        if (k > 1) {
            const double y = scale * dn;
            for (std::size_t v = 0; v < n; ++v) {
                const double mean = sum[v] / k;
                const double variance =
                    std::max(0.0, (squares[v] - k * mean * mean) / (k - 1.0)) * y * y;
                worst = std::max(worst, variance);
            }
        }
        result.standardError = std::sqrt(worst / k * (1.0 - k / dn));
        for (double& s : sum)
            s *= c;
    } else if (scale != 1.0) {
        for (double& s : sum)
            s *= scale;
    }
    result.scores = detail::ranking(p, sum);
    return result;
}

// ---- closeness
// -----------------------------------------------------------------------------------

Result<std::vector<Score>> closeness(const Projection& p, const Projection::Progress& progress)
{
    const Graph& g = p.graph();
    const std::size_t n = boost::num_vertices(g);
    if (n == 0)
        return detail::emptyGraphError();

    // Distances *to* v are distances from v over the reversed arcs.
    const Csr& in = p.arcIndex().csr(g, ArcMode::Backward, true);
    std::vector<int> dist(n, -1);
    std::vector<std::uint32_t> queue;
    queue.reserve(n);
    std::vector<double> score(n, 0.0);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (progress && (v & 63) == 0 && !progress(v, n))
            return cancelled("closeness");
        queue.clear();
        queue.push_back(v);
        dist[v] = 0;
        std::uint64_t totalDistance = 0;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::uint32_t u = queue[head];
            const int du = dist[u] + 1;
            for (std::uint32_t w : in.row(u)) {
                if (dist[w] < 0) {
                    dist[w] = du;
                    totalDistance += static_cast<std::uint64_t>(du);
                    queue.push_back(w);
                }
            }
        }
        for (std::uint32_t u : queue)
            dist[u] = -1;
        if (totalDistance > 0 && n > 1) {
            // As NetworkX: (r-1)/sum, then times (r-1)/(n-1), in that order.
            const double reached = static_cast<double>(queue.size()) - 1.0;
            double c = reached / static_cast<double>(totalDistance);
            c *= reached / (static_cast<double>(n) - 1.0);
            score[v] = c;
        }
    }
    if (progress && !progress(n, n))
        return cancelled("closeness");
    return detail::ranking(p, score);
}

} // namespace commonplace::graph
