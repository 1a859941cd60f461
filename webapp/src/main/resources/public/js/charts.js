'use strict';
/*
 * ECharts with the canvas renderer and rich-text tooltips: tooltips are drawn on the canvas, not written
 * as HTML, so names from documents cannot become markup (and the CSP needs no inline styles).
 */
const Charts = (() => {
  const instances = new Map();

  /** onClick(params) may return a URL: a click on a bar or cell then opens that number's source. */
  function draw(container, option, onClick) {
    let chart = instances.get(container);
    if (!chart) {
      chart = echarts.init(container, null, { renderer: 'canvas', locale: 'EN' });
      instances.set(container, chart);
    }
    chart.off('click');
    if (onClick) {
      chart.on('click', p => {
        const url = onClick(p);
        if (url) window.location.assign(url);
      });
    }
    // On a phone a horizontal value axis gets three or four ticks, so "10 tkr 20 tkr …" do not run together.
    if (container.clientWidth < 500) {
      [].concat(option.xAxis || []).filter(a => a.type === 'value' && a.splitNumber === undefined).forEach(a => { a.splitNumber = 3; });
    }
    // Category names flush with the left edge lose their first letter to the canvas edge.
    if (option.grid && option.grid.containLabel && (option.grid.left || 0) < 16) option.grid.left = 16;
    const base = {
      animation: false,
      textStyle: { fontFamily: 'system-ui, sans-serif' },
      tooltip: Object.assign({ renderMode: 'richText', confine: true }, option.tooltip || {}),
    };
    chart.setOption(Object.assign({}, option, base), true);
    return chart;
  }

  window.addEventListener('resize', () => instances.forEach(c => c.resize()));

  function number(v) { return F.fmt(v, ''); }

  return { draw, number };
})();

/*
 * Choropleth of Sweden's municipalities (ECharts map over the bundled SCB boundaries, joined on kommunkod).
 * values: [{ code, name, value, label }]; municipalities without a value stay grey.
 */
const SwedenMap = (() => {
  let loading = null;

  function load() {
    if (!loading) {
      loading = fetch('/static/geo/se_kommuner.geojson').then(r => r.json()).then(geo => { echarts.registerMap('se_kommuner', geo); return geo; });
    }
    return loading;
  }

  async function draw(container, values, format, colours, onClick) {
    const geo = await load();
    const known = values.filter(v => v.value !== null && v.value !== undefined);
    const min = known.length ? Math.min(...known.map(v => v.value)) : 0;
    const max = known.length ? Math.max(...known.map(v => v.value)) : 1;
    const byCode = new Map(values.map(v => [v.code, v]));
    // Zoom to the municipalities that have values (a county's map should not be all of Sweden).
    const codes = new Set(values.map(v => v.code));
    const lon = [];
    const lat = [];
    geo.features.filter(f => codes.has(f.id)).forEach(f => JSON.stringify(f.geometry.coordinates).match(/-?\d+\.?\d*,-?\d+\.?\d*/g)
      .forEach(p => { const [x, y] = p.split(',').map(Number); lon.push(x); lat.push(y); }));
    const bounds = lon.length && codes.size < 200 ? [[Math.min(...lon), Math.max(...lat)], [Math.max(...lon), Math.min(...lat)]] : null;
    Charts.draw(container, {
      tooltip: { trigger: 'item', formatter: p => { const v = byCode.get(p.name); return v ? v.name + '\n' + v.label + ': ' + format(v.value) : String(p.name); } },
      visualMap: { min, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 5, inRange: { color: colours },
        formatter: v => format(v), text: ['högre', 'lägre'] },
      series: [{ type: 'map', map: 'se_kommuner', nameProperty: 'code', aspectScale: 0.5, roam: true,
        boundingCoords: bounds || undefined, layoutCenter: bounds ? undefined : ['50%', '48%'], layoutSize: bounds ? undefined : '95%',
        itemStyle: { areaColor: '#eef1f5', borderColor: '#9aa4b1', borderWidth: 0.4 }, emphasis: { label: { show: false } },
        select: { disabled: true }, data: known.map(v => ({ name: v.code, value: v.value })) }],
    }, onClick ? p => onClick(byCode.get(p.name)) : null);
  }

  return { draw };
})();
