import { siBehance } from 'simple-icons';

export default siBehance.path;
