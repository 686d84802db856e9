/*
 * A small force layout: nodes repel, edges pull, a weak pull keeps all near the middle.
 * Deterministic (starts on a circle, fixed steps), so the same graph always looks the same.
 */

/** Sets `x` and `y` on each node, inside a `width` × `height` box. */
export function layout(nodes, edges, width, height, steps = 300) {
  const n = nodes.length
  if (!n) return
  const cx = width / 2
  const cy = height / 2
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / n
    node.x = cx + (Math.min(width, height) / 3) * Math.cos(angle)
    node.y = cy + (Math.min(width, height) / 3) * Math.sin(angle)
  })
  const k = Math.sqrt((width * height) / (n + 1)) * 0.9
  const at = new Map(nodes.map((node) => [node.id, node]))
  for (let step = 0; step < steps; step++) {
    const heat = (1 - step / steps) * 20 + 1
    const dx = new Float64Array(n)
    const dy = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i]
        const b = nodes[j]
        let ex = a.x - b.x
        let ey = a.y - b.y
        const d2 = ex * ex + ey * ey || 0.01
        const f = (k * k) / d2
        ex *= f
        ey *= f
        dx[i] += ex
        dy[i] += ey
        dx[j] -= ex
        dy[j] -= ey
      }
    }
    const pos = new Map(nodes.map((node, i) => [node.id, i]))
    for (const edge of edges) {
      const i = pos.get(edge.from)
      const j = pos.get(edge.to)
      if (i === undefined || j === undefined) continue
      const a = at.get(edge.from)
      const b = at.get(edge.to)
      const ex = b.x - a.x
      const ey = b.y - a.y
      const d = Math.sqrt(ex * ex + ey * ey) || 0.01
      const f = d / k
      dx[i] += ex * f
      dy[i] += ey * f
      dx[j] -= ex * f
      dy[j] -= ey * f
    }
    nodes.forEach((node, i) => {
      dx[i] += (cx - node.x) * 0.02
      dy[i] += (cy - node.y) * 0.02
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1
      node.x += (dx[i] / d) * Math.min(d, heat)
      node.y += (dy[i] / d) * Math.min(d, heat)
    })
  }
  fitInto(nodes, width, height)
}

/** Scales the layout into the box, leaving room on the right for labels. */
function fitInto(nodes, width, height) {
  const xs = nodes.map((n) => n.x)
  const ys = nodes.map((n) => n.y)
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const left = 20
  const right = width - 170
  const top = 20
  const bottom = height - 20
  for (const n of nodes) {
    n.x = x1 > x0 ? left + ((n.x - x0) / (x1 - x0)) * (right - left) : width / 2
    n.y = y1 > y0 ? top + ((n.y - y0) / (y1 - y0)) * (bottom - top) : height / 2
  }
}
