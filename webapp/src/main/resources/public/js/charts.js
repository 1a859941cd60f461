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
