import { Card, Group, Stack, Table, type MantineSpacing, type TableTdProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** A column of a {@link ResponsiveList}: its heading and how an item shows in it. */
export type ListColumn<T> = {
  /** Names the column for the cards (`cell(key)`) and React. */
  readonly key: string;
  readonly header: ReactNode;
  /** The heading is for screen readers only (e.g. a column of action buttons). */
  readonly hiddenHeader?: boolean;
  /** The column's width on the table. */
  readonly width?: number;
  /** Extra properties of the column's table cells (e.g. `maw`). */
  readonly cellProps?: Omit<TableTdProps, 'children'>;
  readonly cell: (item: T) => ReactNode;
};

type Props<T> = {
  readonly items: readonly T[];
  readonly itemKey: (item: T) => string;
  /** The columns, defined once: the table shows them all, the cards reuse them by key. */
  readonly columns: readonly ListColumn<T>[];
  /**
   * An item's card on a phone. `cell` renders a column's content for the item, so a card shows
   * the same things as the table's row, laid out for a narrow screen.
   */
  readonly card: (item: T, cell: (key: string) => ReactNode) => ReactNode;
  /** The accessible name of the table and of the list of cards. */
  readonly label?: string;
  /** The width below which the table scrolls sideways rather than squeezing its columns. */
  readonly minWidth: number;
  /** Whether the screen is wide; measured from `wideFrom` when not given. */
  readonly wide?: boolean;
  /** The smallest screen width (a CSS length) that gets the table. */
  readonly wideFrom?: string;
  readonly striped?: boolean;
  readonly highlightOnHover?: boolean;
  readonly cardPadding?: MantineSpacing;
};

/**
 * A list of records as a table on wide screens and as cards on phones, from one set of columns.
 * Both are plain semantic markup (a captioned table with column headers, or a named list of
 * items), so screen readers and the keyboard (the links and buttons inside) work on each.
 */
export function ResponsiveList<T>(props: Props<T>) {
  const { items, itemKey, columns, card, label, minWidth, cardPadding = 'sm' } = props;
  const measured = useMediaQuery(`(min-width: ${props.wideFrom ?? '62em'})`, true, {
    getInitialValueInEffect: false,
  });
  const wide = props.wide ?? measured;

  if (!wide) {
    const byKey = new Map(columns.map((c) => [c.key, c]));
    return (
      <Stack gap="xs" component="ul" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Card key={itemKey(item)} component="li" withBorder padding={cardPadding}>
            {card(item, (key) => byKey.get(key)?.cell(item) ?? null)}
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table
        striped={props.striped ?? true}
        highlightOnHover={props.highlightOnHover ?? true}
        aria-label={label}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" w={c.width}>
                {c.hiddenHeader ? <span className="visually-hidden">{c.header}</span> : c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={itemKey(item)}>
              {columns.map((c) => (
                <Table.Td key={c.key} {...c.cellProps}>
                  {c.cell(item)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A card's first line: the item's name and, on the right, what stands beside it (a badge). */
export function CardTitleRow({
  title,
  aside,
}: {
  readonly title: ReactNode;
  readonly aside?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
      <div style={{ minWidth: 0 }}>{title}</div>
      {aside}
    </Group>
  );
}
