/**
 * The pathway as an SVG map (issue 14, point 1): boxes and arrows where the build-time layout put
 * them (src/trainer/mapLayout.json), words from the content in the page's language. Zoom and pan by
 * mouse (wheel, drag), touch (drag, pinch) and keyboard (arrows, + and −, 0), and by buttons.
 *
 * The page vocabulary (architecture.md): each state `data-state`, each answer transition
 * `data-transition="<from> <answer> <to>"` (one path per answer; answers that share an arrow share
 * its line), each return once per level `data-transition="<level> <answer> return"`, and the global
 * events available on a state in `data-events`.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlobalEventId, PageId } from '../../machines/ids';
import { RETURN_NODE, readChart, returnKey, transitionKey, type AnswerEdge, type MapPage } from './chartGraph';
import { MAP_TYPE } from './measure';
import { edgeLabelItems, edgeLabelLines, nodeLines, type PlacedBox, type PlacedEdge } from './mapInput';
import { useMapWords } from './useMapWords';

/** The chart, read once: it never changes while the app runs. */
export const CHART = readChart();

interface View {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapHighlight {
  /** Pages on the path (in any order). */
  readonly pages: ReadonlySet<PageId>;
  /** `from answer to` keys taken on the path. */
  readonly transitions: ReadonlySet<string>;
  /** The page the path stands on now. */
  readonly current?: PageId | undefined;
}

interface Props {
  /** Centre the first view on this page, zoomed in (a deep link, or the case study's step). */
  focus?: PageId | undefined;
  highlight?: MapHighlight | undefined;
  /**
   * A second path ("what if"), drawn apart from the first by line style and box outline (dashed), not
   * by colour alone; where the two share a page or an arrow, both marks are on it.
   */
  branch?: MapHighlight | undefined;
  /** A smaller frame, beside a case study. */
  compact?: boolean;
}

const MIN_ZOOM_WIDTH = 300;
const ZOOM_STEP = 1.25;
const PAN_STEP = 0.15;

/** Marker shapes for the global events (the legend shows the same). */
export function EventMarker({ event, x, y, size = 12 }: { event: GlobalEventId; x: number; y: number; size?: number }) {
  const h = size / 2;
  const className = `map-event map-event--${event}`;
  switch (event) {
    case 'emergency':
      return <polygon className={className} points={`${x + h},${y} ${x + size},${y + size} ${x},${y + size}`} />;
    case 'disagree':
      return <polygon className={className} points={`${x + h},${y} ${x + size},${y + h} ${x + h},${y + size} ${x},${y + h}`} />;
    case 'crimeSuspected':
      return <rect className={className} x={x} y={y} width={size} height={size} />;
    case 'referForReview':
      return <circle className={className} cx={x + h} cy={y + h} r={h} />;
    case 'back':
      return <polygon className={className} points={`${x + size},${y} ${x},${y + h} ${x + size},${y + size}`} />;
  }
}

const pathOf = (points: readonly (readonly [number, number])[]): string =>
  points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

function Lines({ lines, box, type }: { lines: readonly string[]; box: PlacedBox; type: { fontSize: number; lineHeight: number; padding: number } }) {
  return (
    <text x={box.x + type.padding} y={box.y + type.padding} fontSize={type.fontSize}>
      {lines.map((line, index) => (
        <tspan key={index} x={box.x + type.padding} dy={index === 0 ? type.fontSize : type.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Node({ page, box, heading, highlight, branch }: { page: MapPage; box: PlacedBox; heading: string; highlight: MapHighlight | undefined; branch: MapHighlight | undefined }) {
  const onPath = highlight?.pages.has(page.id) ?? false;
  const onBranch = branch?.pages.has(page.id) ?? false;
  const current = highlight?.current === page.id;
  const lines = nodeLines(heading);
  const { padding, eventRow } = MAP_TYPE.node;
  return (
    <g
      className={`map-node map-node--${page.role}${onPath ? ' map-node--on-path' : ''}${onBranch ? ' map-node--on-branch' : ''}${current ? ' map-node--current' : ''}`}
      data-state={page.id}
      data-events={page.events.length > 0 ? page.events.join(' ') : undefined}
      data-on-path={onPath ? '' : undefined}
      data-on-branch={onBranch ? '' : undefined}
    >
      <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={page.role === 'outcome' ? 18 : 4} />
      {onBranch && <rect className="map-node__branch-outline" x={box.x - 7} y={box.y - 7} width={box.width + 14} height={box.height + 14} rx={page.role === 'outcome' ? 22 : 8} />}
      <Lines lines={lines} box={box} type={MAP_TYPE.node} />
      {page.events.map((event, index) => (
        <EventMarker key={event} event={event} x={box.x + padding + index * 16} y={box.y + box.height - padding - eventRow + 6} />
      ))}
    </g>
  );
}

function Edge({ edge, placed, items, highlight, branch }: { edge: AnswerEdge; placed: PlacedEdge; items: string[]; highlight: MapHighlight | undefined; branch: MapHighlight | undefined }) {
  const keys = edge.answers.map((answer) => transitionKey(edge.from, answer, edge.to));
  const onPath = keys.some((key) => highlight?.transitions.has(key));
  const onBranch = keys.some((key) => branch?.transitions.has(key));
  const d = pathOf(placed.points);
  return (
    <g
      className={`map-edge${edge.conditions.length > 0 ? ' map-edge--conditional' : ''}${onPath ? ' map-edge--on-path' : ''}${onBranch ? ' map-edge--on-branch' : ''}`}
      data-edge={edge.id}
      data-on-path={onPath ? '' : undefined}
      data-on-branch={onBranch ? '' : undefined}
    >
      {keys.map((key) => (
        <path key={key} d={d} data-transition={key} markerEnd="url(#map-arrow)" />
      ))}
      <rect className="map-label" x={placed.label.x} y={placed.label.y} width={placed.label.width} height={placed.label.height} />
      <Lines lines={edgeLabelLines(items)} box={placed.label} type={MAP_TYPE.edge} />
    </g>
  );
}

export function PathwayMap({ focus, highlight, branch, compact = false }: Props) {
  const { t } = useTranslation('trainer');
  const { words, layout } = useMapWords();
  // A page may hold two maps (a case study's path, and its "what if"): each names its own hint.
  const keysId = `map-keys${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const whole = useMemo<View>(() => ({ x: 0, y: 0, w: layout.width, h: layout.height }), [layout]);
  const focused = useCallback(
    (page: PageId | undefined): View => {
      const box = page ? layout.nodes[page] : undefined;
      if (!box) return whole;
      const w = Math.min(layout.width, 1400);
      const h = (w * layout.height) / layout.width;
      return { x: box.x + box.width / 2 - w / 2, y: box.y + box.height / 2 - h / 2, w, h };
    },
    [layout, whole],
  );
  const [view, setView] = useState<View>(() => focused(focus));
  const svg = useRef<SVGSVGElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());

  // A new focus (the next step of a case study, another deep link) moves the map there.
  const [shownFocus, setShownFocus] = useState(focus);
  if (focus !== shownFocus) {
    setShownFocus(focus);
    setView(focused(focus));
  }

  // Printing shows the whole map, whatever the zoom on screen.
  useEffect(() => {
    const before = () => setView(whole);
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [whole]);

  const zoom = useCallback(
    (factor: number, centre?: { x: number; y: number }) =>
      setView((v) => {
        const w = Math.min(Math.max(v.w / factor, MIN_ZOOM_WIDTH), layout.width * 2);
        const h = (w * v.h) / v.w;
        const cx = centre?.x ?? v.x + v.w / 2;
        const cy = centre?.y ?? v.y + v.h / 2;
        return { x: cx - ((cx - v.x) * w) / v.w, y: cy - ((cy - v.y) * h) / v.h, w, h };
      }),
    [layout.width],
  );
  const pan = (dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));

  /** A point on screen, in the map's units. */
  const toMap = (clientX: number, clientY: number) => {
    const rect = svg.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    const scale = Math.max(view.w / rect.width, view.h / rect.height);
    const offsetX = (rect.width * scale - view.w) / 2;
    const offsetY = (rect.height * scale - view.h) / 2;
    return { x: view.x - offsetX + (clientX - rect.left) * scale, y: view.y - offsetY + (clientY - rect.top) * scale };
  };
  const unitsPerPixel = () => {
    const rect = svg.current?.getBoundingClientRect();
    return rect && rect.width > 0 ? Math.max(view.w / rect.width, view.h / rect.height) : 1;
  };

  // The wheel listener must not be passive, or the page scrolls instead of the map zooming.
  const wheelState = useRef({ toMap });
  useEffect(() => {
    wheelState.current = { toMap };
  });
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      zoom(event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, wheelState.current.toMap(event.clientX, event.clientY));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoom]);

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
  }
  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    const known = pointers.current;
    const last = known.get(event.pointerId);
    if (!last) return;
    if (known.size >= 2) {
      const [a, b] = [...known.entries()];
      const other = a![0] === event.pointerId ? b![1] : a![1];
      const before = Math.hypot(last.x - other.x, last.y - other.y);
      const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      if (before > 0 && after > 0) zoom(after / before, toMap((event.clientX + other.x) / 2, (event.clientY + other.y) / 2));
    } else {
      const scale = unitsPerPixel();
      pan(-(event.clientX - last.x) * scale, -(event.clientY - last.y) * scale);
    }
    known.set(event.pointerId, { x: event.clientX, y: event.clientY });
  }
  function onPointerEnd(event: PointerEvent<SVGSVGElement>) {
    pointers.current.delete(event.pointerId);
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => pan(-view.w * PAN_STEP, 0),
      ArrowRight: () => pan(view.w * PAN_STEP, 0),
      ArrowUp: () => pan(0, -view.h * PAN_STEP),
      ArrowDown: () => pan(0, view.h * PAN_STEP),
      '+': () => zoom(ZOOM_STEP),
      '=': () => zoom(ZOOM_STEP),
      '-': () => zoom(1 / ZOOM_STEP),
      '−': () => zoom(1 / ZOOM_STEP),
      '0': () => setView(whole),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      event.stopPropagation();
      move();
    }
  }

  // The boxes and arrows change only with the words, the layout and the paths lit: a zoom or a move
  // changes the viewBox alone, so the drawing is kept and not rendered again (npm run bench: zoom step).
  const drawing = useMemo(
    () => (
      <>
        <g className="map-edges">
          {CHART.answers.map((edge) => {
            const placed = layout.edges[edge.id];
            return placed ? <Edge key={edge.id} edge={edge} placed={placed} items={edgeLabelItems(edge, words)} highlight={highlight} branch={branch} /> : null;
          })}
          {CHART.returns.map((edge) => {
            const placed = layout.edges[edge.id];
            if (!placed) return null;
            const key = returnKey(edge.from, edge.answer);
            const onPath = highlight?.transitions.has(key) ?? false;
            const onBranch = branch?.transitions.has(key) ?? false;
            return (
              <g
                key={edge.id}
                className={`map-edge map-edge--return${onPath ? ' map-edge--on-path' : ''}${onBranch ? ' map-edge--on-branch' : ''}`}
                data-edge={edge.id}
                data-on-path={onPath ? '' : undefined}
                data-on-branch={onBranch ? '' : undefined}
              >
                <path d={pathOf(placed.points)} data-transition={key} markerEnd="url(#map-arrow)" />
                <rect className="map-label" x={placed.label.x} y={placed.label.y} width={placed.label.width} height={placed.label.height} />
                <Lines lines={edgeLabelLines([words.option(edge.from, edge.answer)])} box={placed.label} type={MAP_TYPE.edge} />
              </g>
            );
          })}
        </g>
        <g className="map-nodes">
          {CHART.pages.map((page) => {
            const box = layout.nodes[page.id];
            return box ? <Node key={page.id} page={page} box={box} heading={words.heading(page.id)} highlight={highlight} branch={branch} /> : null;
          })}
          {layout.nodes[RETURN_NODE] && (
            <g className="map-node map-node--return" data-map-return="">
              <rect {...layout.nodes[RETURN_NODE]} rx={4} />
              <Lines lines={nodeLines(words.returnNode)} box={layout.nodes[RETURN_NODE]} type={MAP_TYPE.node} />
            </g>
          )}
        </g>
      </>
    ),
    [layout, words, highlight, branch],
  );

  return (
    <div className={`map${compact ? ' map--compact' : ''}`}>
      <div className="map__controls app-no-print" role="group" aria-label={t('map.controls')}>
        <button type="button" className="govuk-button govuk-button--secondary" data-action="map-zoom-in" onClick={() => zoom(ZOOM_STEP)}>
          {t('map.zoomIn')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" data-action="map-zoom-out" onClick={() => zoom(1 / ZOOM_STEP)}>
          {t('map.zoomOut')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" data-action="map-reset" onClick={() => setView(whole)}>
          {t('map.reset')}
        </button>
      </div>
      <div className="map__frame" tabIndex={0} role="group" aria-label={t('map.label')} aria-describedby={keysId} onKeyDown={onKeyDown} data-map-frame="">
        <svg
          ref={svg}
          className="map__svg"
          viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
          data-viewbox={`${Math.round(view.x)} ${Math.round(view.y)} ${Math.round(view.w)} ${Math.round(view.h)}`}
          preserveAspectRatio="xMidYMid meet"
          aria-hidden="true"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
        >
          <defs>
            <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" className="map-arrowhead" />
            </marker>
          </defs>
          {drawing}
        </svg>
      </div>
      <p className="govuk-hint app-no-print" id={keysId}>
        {t('map.keys')}
      </p>
    </div>
  );
}
