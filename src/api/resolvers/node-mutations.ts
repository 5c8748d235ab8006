import { Arg, Ctx, ID, Int, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { Label } from '../../domain';
import type { ApiContext } from '../context';
import { LABEL_INPUTS } from '../types/inputs';
import { DeletedNode } from '../types/writes';
import { Requires } from '../write/authorize';

/**
 * create<Label>, update<Label> and delete<Label> for one label: thin, each hands its input to the
 * request's NodeWriter.
 */
export function NodeMutations(label: Label, type: ClassType) {
  const { create, patch } = LABEL_INPUTS[label];

  @Resolver()
  class LabelMutations {
    @Mutation(() => type, { name: `create${label}`, description: `Creates a ${label} (EDITOR role or above).` })
    @Requires('create')
    create(@Arg('input', () => create, { description: 'The new node.' }) input: object, @Ctx() { writer }: ApiContext) {
      return writer.create(label, input);
    }

    @Mutation(() => type, {
      name: `update${label}`,
      description: `Changes a ${label} (EDITOR role or above) if it is still at \`version\`; CONFLICT when someone changed it since.`,
    })
    @Requires('update')
    update(
      @Arg('id', () => ID, { description: 'Key or global id.' }) id: string,
      @Arg('version', () => Int, { description: 'The version the change is based on (the node\'s `version` when read).' }) version: number,
      @Arg('patch', () => patch, { description: 'The fields to change.' }) changes: object,
      @Ctx() { writer }: ApiContext,
    ) {
      return writer.update(label, id, version, changes);
    }

    @Mutation(() => DeletedNode, {
      name: `delete${label}`,
      description: `Deletes a ${label} and its relationships (ADMIN role) if it is still at \`version\`.`,
    })
    @Requires('delete')
    delete(
      @Arg('id', () => ID, { description: 'Key or global id.' }) id: string,
      @Arg('version', () => Int, { description: 'The version the delete is based on.' }) version: number,
      @Ctx() { writer }: ApiContext,
    ) {
      return writer.delete(label, id, version);
    }
  }
  return LabelMutations;
}
