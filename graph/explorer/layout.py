"""Positions for every node, computed before the page opens, so the first frame is the final one.

A corpus graph is too big for a force layout of every node (networkx's is quadratic), and too big to
read if drawn whole. So the overview is laid out by force (``networkx.spring_layout``): the most
connected nodes and the nodes that join two of them. Every other node is placed on rings around the
node through which a breadth-first walk from the overview first reached it, where it appears when a user
expands that node. Unconnected nodes are grouped in a grid below, shown only on request. Overlapping
label boxes in the overview are pushed apart until none overlap.
"""

from __future__ import annotations

import math
from collections import deque

import networkx as nx
import numpy as np

OVERVIEW = 150  # most connected nodes shown first on a big graph
SMALL = 400  # a graph with at most this many connected nodes is shown whole
CHAR_PX, LABEL_PX = 9.0, 20  # label box estimate at vis-network's default 14 px font
NODE_MIN, NODE_GROWTH, NODE_MAX = 9, 2, 22  # node radius in px: grows with the square root of its links
LABEL_CHARS = 32  # labels are cut to this many characters on the canvas


def node_size(links: int) -> float:
    """A node's radius on the canvas (vis-network ``size``), larger for more links."""
    return round(min(NODE_MAX, NODE_MIN + NODE_GROWTH * math.sqrt(links)), 1)


def overview(adj: list[set[int]], skip: set[int]) -> list[int]:
    """The nodes drawn first: all connected ones on a small graph; else the hubs and their joiners."""
    connected = [i for i, a in enumerate(adj) if a]
    if len(connected) <= SMALL:
        return connected
    hubs = sorted((i for i in connected if i not in skip and len(adj[i]) > 1), key=lambda i: (-len(adj[i]), i))[:OVERVIEW]
    hub_set = set(hubs)
    joiners = [i for i in connected if i not in hub_set and i not in skip and len(adj[i] & hub_set) >= 2]
    joiners.sort(key=lambda i: (-len(adj[i] & hub_set), i))
    return hubs + joiners[:OVERVIEW]


def layout(adj: list[set[int]], labels: list[str], shown: list[int]) -> np.ndarray:
    """An (n, 2) array of canvas coordinates for all nodes."""
    n = len(adj)
    pos = np.zeros((n, 2))
    placed = np.zeros(n, dtype=bool)
    if shown:
        g = nx.Graph()
        g.add_nodes_from(shown)
        inside = set(shown)
        g.add_edges_from((i, j) for i in shown for j in adj[i] if j in inside and i < j)
        # nodes not directly linked inside the overview: link through shared neighbours outside it
        for i in shown:
            for j in adj[i] - inside:
                for k in adj[j] & inside:
                    if k > i and not g.has_edge(i, k):
                        g.add_edge(i, k, weight=0.3)
        raw = nx.spring_layout(g, seed=7, iterations=80, k=1.6 / math.sqrt(max(len(shown), 1)))
        scale = 140 * math.sqrt(len(shown))
        for i, (x, y) in raw.items():
            pos[i] = (x * scale, y * scale)
        placed[shown] = True
        pos[shown] = separate(pos[shown], [labels[i] for i in shown], [node_size(len(adj[i])) for i in shown])
    _rings(adj, pos, placed)
    _grid([i for i in range(n) if not adj[i]], pos)
    return pos


def _rings(adj, pos, placed) -> None:
    """Place every node reachable from a placed one on rings around its first-reaching neighbour."""
    queue = deque(np.flatnonzero(placed).tolist())
    pending = (i for i, a in enumerate(adj) if a)
    while True:
        if not queue:  # another component: start it to the right of everything placed
            start = next((i for i in pending if not placed[i]), None)
            if start is None:
                return
            pos[start] = (pos[placed, 0].max() + 600, 0) if placed.any() else (0, 0)
            placed[start] = True
            queue.append(start)
        parent = queue.popleft()
        children = sorted(j for j in adj[parent] if not placed[j])
        for k, j in enumerate(children):
            ring, slot = _ring_slot(k)
            per_ring = 8 * (ring + 1)
            angle = 2 * math.pi * slot / min(per_ring, len(children) - _ring_start(ring)) + ring * 0.4
            radius = 170 * (ring + 1)
            pos[j] = pos[parent] + (radius * math.cos(angle), radius * math.sin(angle))
            placed[j] = True
            queue.append(j)


def _ring_start(ring: int) -> int:
    return 4 * ring * (ring + 1)  # rings hold 8, 16, 24 ... nodes


def _ring_slot(k: int) -> tuple[int, int]:
    ring = 0
    while _ring_start(ring + 1) <= k:
        ring += 1
    return ring, k - _ring_start(ring)


def _grid(items: list[int], pos) -> None:
    """Unconnected nodes in rows below the drawing."""
    if not items:
        return
    top = (pos[:, 1].max() if len(pos) else 0) + 400
    left = pos[:, 0].min() if len(pos) else 0
    cols = max(1, int(math.sqrt(len(items)) * 1.5))
    for k, i in enumerate(items):
        pos[i] = (left + (k % cols) * 260, top + (k // cols) * 70)


def _boxes(labels: list[str], sizes, margin: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Half width and half height of each node with its label below it (vis-network draws it there);
    the box's centre sits LABEL_PX / 2 below the node's for every node alike, so centres compare as is."""
    r = np.asarray(sizes if sizes is not None else [NODE_MIN] * len(labels), dtype=float)
    half_w = np.maximum(r, np.array([CHAR_PX * min(len(s), LABEL_CHARS) / 2 for s in labels])) + margin
    return half_w, r + LABEL_PX / 2 + margin


def _overlap(xy, half_w, half_h):
    dx = xy[:, None, 0] - xy[None, :, 0]
    dy = xy[:, None, 1] - xy[None, :, 1]
    ox = half_w[:, None] + half_w[None, :] - np.abs(dx)
    oy = half_h[:, None] + half_h[None, :] - np.abs(dy)
    hit = (ox > 0) & (oy > 0)
    np.fill_diagonal(hit, False)
    return dx, dy, ox, oy, hit


def separate(xy: np.ndarray, labels: list[str], sizes=None) -> np.ndarray:
    """Move nodes so that no two label boxes (estimated from label length) overlap.

    Nodes are placed in the given order (most important first); one whose box would overlap a placed
    box walks out along a spiral from where the layout put it to the first free spot, as word clouds do,
    so the drawing keeps its shape and no overlap is left.
    """
    xy = np.asarray(xy, dtype=float)
    half_w, half_h = _boxes(labels, sizes, margin=6)
    out = xy.copy()
    theta = np.arange(0, 20000) * 0.3  # the first step (theta 0) is the layout's own spot
    spiral = np.stack([np.cos(theta), np.sin(theta)], axis=1) * (4 * theta)[:, None]
    for k in range(1, len(xy)):
        px, py, pw, ph = out[:k, 0], out[:k, 1], half_w[:k], half_h[:k]
        for lo in range(0, len(spiral), 256):
            cand = xy[k] + spiral[lo:lo + 256]
            hit = ((np.abs(cand[:, None, 0] - px[None]) < half_w[k] + pw[None])
                   & (np.abs(cand[:, None, 1] - py[None]) < half_h[k] + ph[None])).any(axis=1)
            free = np.flatnonzero(~hit)
            if len(free):
                out[k] = cand[free[0]]
                break
    return out


def overlaps(xy: np.ndarray, labels: list[str], sizes=None) -> int:
    """How many pairs of label boxes overlap (0 after ``separate``); used by tests and the benchmark."""
    *_, hit = _overlap(np.asarray(xy, dtype=float), *_boxes(labels, sizes))
    return int(hit.sum() // 2)
