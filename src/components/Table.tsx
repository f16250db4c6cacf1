import type { ReactNode } from 'react';

export interface TableRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
  /** data-* attributes for the row (the page vocabulary: data-case, data-seen-alone...). */
  readonly data?: Readonly<Record<`data-${string}`, string>>;
}

interface Props {
  readonly caption: string;
  /** The caption is read by screen readers only, where a heading above already says it. */
  readonly captionHidden?: boolean;
  readonly head: readonly ReactNode[];
  readonly rows: readonly TableRow[];
  /** The table's own name in the page vocabulary (data-table). */
  readonly name: string;
  /** Stacks into one block per row on a narrow screen (each cell led by its column's heading). */
  readonly stackOnPhone?: boolean;
}

/** GOV.UK table: caption, a header row, and the rows given. It holds no copy. */
export function Table({ caption, captionHidden = false, head, rows, name, stackOnPhone = false }: Props) {
  return (
    <table className={`govuk-table${stackOnPhone ? ' app-table--stack' : ''}`} data-table={name}>
      <caption className={captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--s'}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((cell, index) => (
            <th scope="col" className="govuk-table__header" key={index}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key} {...row.data}>
            {row.cells.map((cell, index) => (
              <td className="govuk-table__cell" key={index} data-label={typeof head[index] === 'string' ? head[index] : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
