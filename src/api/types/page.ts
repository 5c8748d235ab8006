import { ArgsType, Field, FieldResolver, Int, ObjectType, type ClassType } from 'type-graphql';
import { BoundedList, SizedBy, SizedByParent } from '../limits/cost-rules';
import { SIZES, sizeDescription } from '../limits/list-sizes';
import type { Link } from '../../domain';

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
  @Field(() => Int, { nullable: true, defaultValue: SIZES.page.default, description: sizeDescription(SIZES.page, 'How many to return') })
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
    @SizedByParent()
    edges!: E[];

    @Field(() => [node], { description: `The ${what} of this page, without cursors.` })
    @SizedByParent()
    nodes!: N[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${what} there are in all pages together.` })
    totalCount!: number;
  }
  return Connection;
}

/**
 * A field resolver that answers a connection: a page of `first` items (PageArgs), which is also
 * the length the cost estimate gives its edges and nodes.
 */
export function ConnectionField(type: () => ClassType, description: string, scans = 0): MethodDecorator {
  return both(FieldResolver(type, { description }), SizedBy(SIZES.page, scans));
}

/** Two method decorators as one. */
function both(a: MethodDecorator, b: MethodDecorator): MethodDecorator {
  return (target, key, descriptor) => {
    a(target, key, descriptor);
    b(target, key, descriptor);
  };
}

/**
 * A field resolver that answers a node's few neighbours over a link (an event's topics, a
 * practitioner's expertise) as a plain list: at most the link's `max`, in id order.
 */
export function FewField(type: () => [ClassType], link: Link): MethodDecorator {
  if (link.max === undefined) throw new Error(`${link.name} is not a link of few neighbours`);
  return both(FieldResolver(type, { description: `${link.description} At most ${link.max}, in id order.` }), BoundedList(link.max));
}
