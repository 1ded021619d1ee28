import { siDribbble } from 'simple-icons';

export default siDribbble.path;
