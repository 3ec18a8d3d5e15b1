# Graph algorithms on a small road map: BFS, DFS (generator), Dijkstra
# with heapq, topological sort, connected components, and path printing.
import heapq

ROADS = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
G H 1
"""


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add(self, a, b, w=1):
        self.adj.setdefault(a, []).append((b, w))
        self.adj.setdefault(b, [])
        if not self.directed:
            self.adj[b].append((a, w))

    @classmethod
    def parse(cls, text, directed=False):
        g = cls(directed)
        for line in text.strip().splitlines():
            a, b, w = line.split()
            g.add(a, b, int(w))
        return g

    def neighbours(self, node):
        return sorted(n for n, _ in self.adj[node])

    def bfs(self, start):
        seen, order, queue = {start}, [], [start]
        while queue:
            node = queue.pop(0)
            order.append(node)
            for n in self.neighbours(node):
                if n not in seen:
                    seen.add(n)
                    queue.append(n)
        return order

    def dfs(self, node, seen=None):
        seen = set() if seen is None else seen
        seen.add(node)
        yield node
        for n in self.neighbours(node):
            if n not in seen:
                yield from self.dfs(n, seen)

    def dijkstra(self, start):
        dist = {start: 0}
        prev = {}
        heap = [(0, start)]
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist.get(node, float("inf")):
                continue
            for n, w in self.adj[node]:
                nd = d + w
                if nd < dist.get(n, float("inf")):
                    dist[n] = nd
                    prev[n] = node
                    heapq.heappush(heap, (nd, n))
        return dist, prev

    def components(self):
        seen, comps = set(), []
        for node in sorted(self.adj):
            if node not in seen:
                comp = sorted(self.dfs(node, seen))
                comps.append(comp)
        return comps


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return list(reversed(path))


def topo_sort(edges):
    indeg, out = {}, {}
    for a, b in edges:
        out.setdefault(a, []).append(b)
        indeg[b] = indeg.get(b, 0) + 1
        indeg.setdefault(a, 0)
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(out.get(n, [])):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(indeg):
        raise ValueError("cycle detected")
    return order


g = Graph.parse(ROADS)
print("bfs", g.bfs("A"))
print("dfs", list(g.dfs("A")))
dist, prev = g.dijkstra("A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:>2} via {'-'.join(path_to(prev, node))}")
print("unreachable", sorted(set(g.adj) - set(dist)))
print("components", g.components())
print("topo", topo_sort([("shop", "cook"), ("cook", "eat"), ("wake", "shop"), ("wake", "shower"), ("shower", "eat")]))
try:
    topo_sort([("a", "b"), ("b", "a")])
except ValueError as e:
    print("error:", e)
print(heapq.nsmallest(3, [(d, n) for n, d in dist.items()]))
