import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a connection stands (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows; ask for it with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether this page started after a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many to return, 0–100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge `cursor` of an earlier page).' })
  after?: string | null;
}

/** An edge type: the node, its cursor, and whatever fields the subclass adds from the relationship. */
export function EdgeOf<N extends object>(node: ClassType<N>, what: string) {
  @ObjectType()
  abstract class Edge {
    @Field(() => String, { description: 'Opaque position of this edge; pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => node, { description: `The ${what} at this position.` })
    node!: N;
  }
  return Edge;
}

/** A connection type over an edge type: edges, nodes, page info and the total count. */
export function ConnectionOf<E extends object, N extends object>(edge: ClassType<E>, node: ClassType<N>, what: string) {
  @ObjectType()
  abstract class Connection {
    @Field(() => [edge], { description: `The ${what} of this page with their cursors.` })
    edges!: E[];

    @Field(() => [node], { description: `The ${what} of this page, without cursors.` })
    nodes!: N[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${what} there are in all pages together.` })
    totalCount!: number;
  }
  return Connection;
}
