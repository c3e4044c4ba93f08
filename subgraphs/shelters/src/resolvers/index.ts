import { DateTime } from '@renkei/scalars';
import { mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { referenceResolvers } from './reference.js';
import { shelterResolvers } from './shelter.js';

export const resolvers = {
  DateTime,
  ...queryResolvers,
  ...mutationResolvers,
  ...shelterResolvers,
  ...referenceResolvers,
};
