import type { RouteSpec } from '../../http/context';
import { createImageRoute } from './create';
import { deleteImageRoute } from './delete';
import { editImageRoute } from './edit';
import { imageFromServerRoute } from './from-server';
import { imageListRoutes } from './list';
import { uploadImageRoute } from './upload';

/** Image routes (catalog §4.9): list, create → streamed upload → distribution, edit, delete, make from a server. */
export function imageRoutes(): RouteSpec[] {
  return [...imageListRoutes, createImageRoute, uploadImageRoute, editImageRoute, deleteImageRoute, imageFromServerRoute];
}
