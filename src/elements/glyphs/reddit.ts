import { siReddit } from 'simple-icons';

export default siReddit.path;
