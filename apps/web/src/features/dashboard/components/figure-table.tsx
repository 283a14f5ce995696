import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FigureBar } from './figure-bar';
import { FigureLink } from './dashboard-linking';
import { ScrollTable } from './scroll-table';

/**
 * The table behind a bar chart: one row per bar, the count a link to the innovations it counts.
 * `rowLabel` renders the first cell (e.g. a link to the unit's page); plain text by default.
 */
export function FigureTable({
  rows,
  caption,
  labelHeader,
  valueHeader,
  rowLabel,
}: {
  readonly rows: readonly FigureBar[];
  readonly caption: string;
  readonly labelHeader: string;
  readonly valueHeader: string;
  readonly rowLabel?: (row: FigureBar) => ReactNode;
}) {
  return (
    <ScrollTable label={caption} minWidth={280}>
      <Table striped>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{labelHeader}</Table.Th>
            <Table.Th scope="col" ta="right">
              {valueHeader}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {rowLabel ? rowLabel(row) : row.label}
              </Table.Th>
              <Table.Td ta="right">
                {row.figure ? (
                  <FigureLink figure={row.figure} label={`${valueHeader}: ${row.label}`}>
                    {row.value}
                  </FigureLink>
                ) : (
                  row.value
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
